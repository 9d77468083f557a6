// Figure 5: `inspector --cli <everything> --method tools/list`, wall time and peak RSS of the
// inspector process, vs a minimal direct SDK script doing the same (bench/direct/list-tools.mjs).
import path from "node:path";
import type { Figure } from "../figure";
import { EVERYTHING, ROOT } from "../env";
import { timedRun, type TimedRun } from "../proc";
import { median, round } from "../stats";

const RUNS = 7;

export const cliOneShot: Figure = {
  id: "5",
  title: "headless one-shot: --cli --method tools/list",
  baseline: "bench/direct/list-tools.mjs: SDK Client, StdioClientTransport, listTools, print JSON",
  async run() {
    // Needs only dist/inspector.mjs, which bench/run.mjs builds (bin/inspector.mjs never builds).
    const target = [process.execPath, EVERYTHING, "stdio"];
    const inspector = () =>
      timedRun(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), "--cli", ...target, "--method", "tools/list"], { cwd: ROOT });
    const direct = () => timedRun(process.execPath, [path.join(ROOT, "bench/direct/list-tools.mjs"), ...target], { cwd: ROOT });
    await inspector();
    await direct(); // warm the file cache
    const ins: TimedRun[] = [];
    const dir: TimedRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const [bucket, f] of i % 2
        ? ([
            [dir, direct],
            [ins, inspector],
          ] as const)
        : ([
            [ins, inspector],
            [dir, direct],
          ] as const)) {
        const r = await f();
        if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
        if (!JSON.parse(r.stdout).tools?.length) throw new Error("no tools listed");
        bucket.push(r);
      }
    }
    const wi = median(ins.map((r) => r.wallMs));
    const wd = median(dir.map((r) => r.wallMs));
    const mi = median(ins.map((r) => r.peakMiB));
    const md = median(dir.map((r) => r.peakMiB));
    return {
      rows: [
        {
          metric: "wall",
          unit: "ms",
          inspector: round(wi, 0),
          baseline: round(wd, 0),
          ratio: round(wi / wd, 2),
          target: "≤ 1000 ms, ≤ 1.3×",
          met: wi <= 1000 && wi / wd <= 1.3,
        },
        {
          metric: "peak RSS",
          unit: "MiB",
          inspector: round(mi, 1),
          baseline: round(md, 1),
          ratio: round(mi / md, 2),
          target: "≤ 1.3×",
          met: mi / md <= 1.3,
        },
      ],
      notes: [
        `median of ${RUNS} runs each, interleaved; peak RSS is VmHWM of the measured process itself (the everything server it spawns is the same in both and not counted), polled from /proc every 2 ms`,
      ],
    };
  },
};

// Figure 10: `inspector test` running a 200-step collection of echo calls (each with an
// expectation) against the everything server, wall time start to exit, vs a direct SDK script
// making the same calls and checks (bench/direct/echo-calls.mjs). Issue 34: ≤ 1.3×.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Figure } from "../figure";
import { EVERYTHING, ROOT } from "../env";
import { timedRun, type TimedRun } from "../proc";
import { median, round } from "../stats";

const RUNS = 5;
const STEPS = 200;

function collectionFile(): string {
  const steps = Array.from(
    { length: STEPS },
    (_, i) =>
      `  - name: echo ${i}\n    tool: echo\n    arguments: { message: m${i} }\n    expect:\n      - path: $.content[0].text\n        equals: "Echo: m${i}"\n`,
  );
  const file = path.join(mkdtempSync(path.join(tmpdir(), "bench-collection-")), "echo.mcp-tests.yaml");
  writeFileSync(file, `steps:\n${steps.join("")}`);
  return file;
}

export const collectionRun: Figure = {
  id: "10",
  title: `inspector test: a ${STEPS}-step echo collection`,
  baseline: `bench/direct/echo-calls.mjs: SDK Client over stdio, ${STEPS} echo calls, each answer checked`,
  async run() {
    const file = collectionFile();
    const target = [process.execPath, EVERYTHING, "stdio"];
    const inspector = () => timedRun(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), "test", file, ...target], { cwd: ROOT });
    const direct = () =>
      timedRun(process.execPath, [path.join(ROOT, "bench/direct/echo-calls.mjs"), String(STEPS), ...target], { cwd: ROOT });
    await inspector();
    await direct(); // warm the file cache
    const ins: TimedRun[] = [];
    const dir: TimedRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      const order =
        i % 2
          ? ([
              [dir, direct],
              [ins, inspector],
            ] as const)
          : ([
              [ins, inspector],
              [dir, direct],
            ] as const);
      for (const [bucket, f] of order) {
        const r = await f();
        if (r.code !== 0 || !r.stdout.includes(`${STEPS} passed, 0 failed`))
          throw new Error(`exit ${r.code}: ${r.stdout.slice(-300)} ${r.stderr}`);
        bucket.push(r);
      }
    }
    const wi = median(ins.map((r) => r.wallMs));
    const wd = median(dir.map((r) => r.wallMs));
    return {
      rows: [
        {
          metric: "wall",
          unit: "ms",
          inspector: round(wi, 0),
          baseline: round(wd, 0),
          ratio: round(wi / wd, 2),
          target: "≤ 1.05× (issue 49)",
          met: wi / wd <= 1.05,
        },
        { metric: "per step", unit: "ms", inspector: round(wi / STEPS, 2), baseline: round(wd / STEPS, 2), ratio: round(wi / wd, 2) },
      ],
      notes: [`median of ${RUNS} runs each, interleaved, start to exit; both spawn the same everything server over stdio`],
    };
  },
};

// Figure 7: a load run of the everything server's echo over stdio, 2,000 calls at concurrency 10:
// `inspector --cli … --load` beside the official CLI 2.12.0's `--load`, the same server and
// arguments, interleaved in the same run. Then one 60 s run of ours: its RSS over time.
import path from "node:path";
import type { Figure } from "../figure";
import { EVERYTHING, ROOT } from "../env";
import { memoryOf, timedRun } from "../proc";
import { spawn } from "node:child_process";
import { median, round } from "../stats";

const RUNS = 5;
const OFFICIAL = path.join(ROOT, "node_modules/@modelcontextprotocol/inspector/clients/cli/build/index.js");
const TARGET = [process.execPath, EVERYTHING, "stdio"];
const CALL = ["--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=hi", "--load", "--format", "json"];
const LONG_S = 60;

interface Summary {
  throughput: number;
  requests: number;
  errors: number;
  latencyMs: { p50: number; p99: number };
}

async function loadRun(cli: string[]): Promise<Summary> {
  const r = await timedRun(process.execPath, [...cli, ...TARGET, ...CALL, "--load-requests", "2000"], { cwd: ROOT });
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  const s = JSON.parse(r.stdout).result as Summary;
  if (s.requests !== 2000 || s.errors) throw new Error(`not 2000 clean calls: ${r.stdout}`);
  return s;
}

/** RSS of our process every second of a long run (the summary is checked too). */
function longRun(): Promise<{ rss: number[]; summary: Summary }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "bin/inspector.mjs"), "--cli", ...TARGET, ...CALL, "--load-duration", String(LONG_S)],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    const rss: number[] = [];
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    const poll = setInterval(() => {
      const m = child.pid ? memoryOf(child.pid) : undefined;
      if (m) rss.push(m.rssMiB);
    }, 1000);
    child.once("error", reject);
    child.once("close", (code) => {
      clearInterval(poll);
      if (code !== 0) return reject(new Error(`long run exited ${code}`));
      resolve({ rss, summary: JSON.parse(out).result });
    });
  });
}

export const loadFigure: Figure = {
  id: "7",
  title: "load run: --cli --load, 2,000 echo calls at concurrency 10 (stdio)",
  baseline: "the official MCP Inspector CLI 2.12.0's --load, same server, tool and arguments",
  async run() {
    const ours = [path.join(ROOT, "bin/inspector.mjs"), "--cli"];
    const official = [OFFICIAL];
    await loadRun(ours);
    await loadRun(official); // warm the file cache
    const ins: Summary[] = [];
    const off: Summary[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const [bucket, cli] of i % 2
        ? ([
            [off, official],
            [ins, ours],
          ] as const)
        : ([
            [ins, ours],
            [off, official],
          ] as const))
        bucket.push(await loadRun(cli));
    }
    const ti = median(ins.map((s) => s.throughput));
    const to = median(off.map((s) => s.throughput));
    const pi = median(ins.map((s) => s.latencyMs.p99));
    const po = median(off.map((s) => s.latencyMs.p99));
    const long = await longRun();
    // V8 gives memory back in steps: the peak of each half says more than any one reading.
    const half = Math.floor(long.rss.length / 2);
    const early = Math.max(...long.rss.slice(5, half));
    const late = Math.max(...long.rss.slice(half));
    return {
      rows: [
        {
          metric: "throughput",
          unit: "calls/s",
          inspector: round(ti, 0),
          baseline: round(to, 0),
          ratio: round(ti / to, 2),
          target: "≥ 1.5× (issue 49)",
          met: ti >= to * 1.5,
        },
        {
          metric: "p99 latency",
          unit: "ms",
          inspector: round(pi, 2),
          baseline: round(po, 2),
          ratio: round(pi / po, 2),
          target: "≤ 1.0×",
          met: pi <= po,
        },
        {
          metric: `peak RSS, 2nd vs 1st half of ${LONG_S} s`,
          unit: "MiB",
          inspector: round(late, 1),
          baseline: round(early, 1),
          ratio: round(late / early, 2),
          target: "≤ 1.1× (stable)",
          met: late <= early * 1.1,
        },
      ],
      notes: [
        `median of ${RUNS} runs each, interleaved; each run is a fresh process and a fresh server (connect included in neither figure: both time only the calls)`,
        `the long run: ${LONG_S} s at concurrency 10, ${long.summary.requests} calls at ${long.summary.throughput}/s; RSS of the inspector process polled every second (baseline column: the peak from 5 s to half-time; inspector column: the peak after it)`,
      ],
    };
  },
};

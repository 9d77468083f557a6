// Figure 11: what OpenTelemetry export costs when it is on (issue 53: within 5% of off). The same
// work with and without OTEL_EXPORTER_OTLP_ENDPOINT, interleaved, each side a fresh process (the
// export settings are read once per process): a figure-7 load run (2,000 echo calls at concurrency
// 10 over stdio, throughput) and figure 9.1's library echo over stdio (per call, median). The
// collector is a loopback receiver in this process that takes and drops every batch.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Figure } from "../figure";
import { EVERYTHING, ROOT } from "../env";
import { timedRun } from "../proc";
import { median, round } from "../stats";

const RUNS = 5;
const TARGET = [process.execPath, EVERYTHING, "stdio"];
const LOAD = [
  "--method",
  "tools/call",
  "--tool-name",
  "echo",
  "--tool-arg",
  "message=hi",
  "--load",
  "--format",
  "json",
  "--load-requests",
  "2000",
];
const CALLS = 2000;

/** Per-call median (ms) of `CALLS` echo calls through the built library, after as many warm-up calls. */
const LIBRARY_SCRIPT = `
const { connect } = await import(${JSON.stringify(path.join(ROOT, "dist/lib/index.mjs"))});
const mcp = await connect({ command: process.execPath, args: [${JSON.stringify(EVERYTHING)}, "stdio"] });
for (let i = 0; i < ${CALLS}; i++) await mcp.callTool("echo", { message: "hi" });
const t = [];
for (let i = 0; i < ${CALLS}; i++) { const t0 = performance.now(); await mcp.callTool("echo", { message: "hi" }); t.push(performance.now() - t0); }
await mcp.close();
t.sort((a, b) => a - b);
console.log(JSON.stringify({ medianMs: t[t.length >> 1] }));`;

export const otelCost: Figure = {
  id: "11",
  title: "OpenTelemetry export on: a load run's throughput and the library's echo",
  baseline: "the same runs with export off, interleaved",
  async run() {
    const spans = { batches: 0 };
    const collector = createServer((req, res) => {
      req.resume().on("end", () => {
        spans.batches++;
        res.writeHead(200, { "content-type": "application/x-protobuf" }).end();
      });
    });
    await new Promise<void>((r) => collector.listen(0, "127.0.0.1", r));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    const off = { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: undefined, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: undefined };
    const on = { ...off, OTEL_EXPORTER_OTLP_ENDPOINT: endpoint };
    const load = async (env: NodeJS.ProcessEnv) => {
      const r = await timedRun(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), "--cli", ...TARGET, ...LOAD], { cwd: ROOT, env });
      if (r.code !== 0) throw new Error(`load run exit ${r.code}: ${r.stderr}`);
      return (JSON.parse(r.stdout) as { result: { throughput: number } }).result.throughput;
    };
    const library = async (env: NodeJS.ProcessEnv) => {
      const r = await timedRun(process.execPath, ["--input-type=module", "-e", LIBRARY_SCRIPT], { cwd: ROOT, env });
      if (r.code !== 0) throw new Error(`library run exit ${r.code}: ${r.stderr}`);
      return (JSON.parse(r.stdout) as { medianMs: number }).medianMs;
    };
    try {
      await load(on); // warm the file cache and the collector
      const t = { on: [] as number[], off: [] as number[] };
      const l = { on: [] as number[], off: [] as number[] };
      for (let i = 0; i < RUNS; i++)
        for (const side of i % 2 ? (["off", "on"] as const) : (["on", "off"] as const)) {
          t[side].push(await load(side === "on" ? on : off));
          l[side].push(await library(side === "on" ? on : off));
        }
      const tput = median(t.on) / median(t.off);
      const call = median(l.on) / median(l.off);
      return {
        rows: [
          {
            metric: "load run throughput, export on vs off",
            unit: "calls/s",
            inspector: round(median(t.on), 0),
            baseline: round(median(t.off), 0),
            ratio: round(tput, 3),
            target: "≥ 0.95×",
            met: tput >= 0.95,
          },
          {
            metric: "library echo over stdio, per call median, export on vs off",
            unit: "ms",
            inspector: round(median(l.on), 3),
            baseline: round(median(l.off), 3),
            ratio: round(call, 3),
            target: "≤ 1.05×",
            met: call <= 1.05,
          },
        ],
        notes: [
          `${RUNS} runs of each side, interleaved; the collector took ${spans.batches} OTLP batches (it must take some, or export was not on)`,
        ],
      };
    } finally {
      collector.close();
    }
  },
};

// Figure 11: what OpenTelemetry export costs when it is on (issue 53: figures 1 and 7 within 5%
// of off). The same work with and without OTEL_EXPORTER_OTLP_ENDPOINT, interleaved, each side a
// fresh process (the export settings are read once per process): a figure-7 load run (2,000 echo
// calls at concurrency 10 over stdio, throughput), figure 9.1's library echo over stdio and figure
// 1's path (a headless page's socket to the launcher, the everything server's echo behind it), per
// call, median. A third side, export off but each request carrying a `_meta.traceparent` as export
// would send it, tells our cost (on vs that) from the server's (that vs off): an everything server
// answers a request with trace context more slowly. The collector is a loopback receiver in this
// process that drains each body and answers 200, so its own cost is nearly nothing.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Figure, Row } from "../figure";
import { EVERYTHING, ROOT, headlessPage, pageBuilt } from "../env";
import { startLauncher } from "../launcher-run";
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
/** Figure 1's warm-up is 3,000 calls (its path tiers up late); its calls are timed one by one too. */
const PAGE_WARMUP = 3000;
const PAGE_CALLS = 2000;

/** A traceparent for call `i`, shaped as export makes them (a fresh span id each). */
const traceparentJs = `(i) => "00-4bf92f3577b34da6a3ce929d0e0e4736-" + (0x1000000000000 + i).toString(16).padStart(16, "0") + "-01"`;
const traceparent = (i: number) => `00-4bf92f3577b34da6a3ce929d0e0e4736-${(0x1000000000000 + i).toString(16).padStart(16, "0")}-01`;

/**
 * The library measured: this build's, or another build's `dist/lib/index.mjs` named by
 * BENCH_OTEL_LIB (a copy of dist/ from before a change, with a package.json beside it), so that
 * two builds can be run in turn on the same machine (issue 93).
 */
const LIBRARY = process.env.BENCH_OTEL_LIB ? path.resolve(process.env.BENCH_OTEL_LIB) : path.join(ROOT, "dist/lib/index.mjs");
/**
 * Per-call median (ms) of `CALLS` echo calls through the built library, after as many warm-up
 * calls; with BENCH_TRACEPARENT=1 each call sends a traceparent of its own in `_meta`.
 */
const LIBRARY_SCRIPT = `
const { connect } = await import(${JSON.stringify(LIBRARY)});
const mcp = await connect({ command: process.execPath, args: [${JSON.stringify(EVERYTHING)}, "stdio"] });
const tp = ${traceparentJs};
const opts = process.env.BENCH_TRACEPARENT ? (i) => ({ meta: { traceparent: tp(i) } }) : () => undefined;
for (let i = 0; i < ${CALLS}; i++) await mcp.callTool("echo", { message: "hi" }, opts(i));
const t = [];
for (let i = 0; i < ${CALLS}; i++) { const o = opts(${CALLS} + i); const t0 = performance.now(); await mcp.callTool("echo", { message: "hi" }, o); t.push(performance.now() - t0); }
await mcp.close();
t.sort((a, b) => a - b);
console.log(JSON.stringify({ medianMs: t[t.length >> 1] }));
// The whole process's CPU (all threads, the export's worker too), after export's flush at beforeExit.
process.once("exit", () => { const u = process.cpuUsage(); console.log(JSON.stringify({ cpuUs: u.user + u.system })); });`;
/** Figure 11's reference: the OpenTelemetry JS SDK's own tracer, one span per call (bench/direct/otel-sdk-spans.mjs). */
const SDK_SPANS = path.join(ROOT, "bench/direct/otel-sdk-spans.mjs");
// Issue 93: judged pinned (bench/pin.ts), export on against export off with a traceparent sent on
// every request (the traces issue requires one), ≤ 1.10×; and export's added CPU per call (on
// minus off-with-traceparent, the whole process's, the worker's included) ≤ 1.0× of what the
// OpenTelemetry SDK's own tracer spends on one span per call (start, the same attributes, end, a
// BatchSpanProcessor, an InMemorySpanExporter), loading included on both sides.
const TARGET_RATIO = 1.1;
const TARGET_CPU = 1.0;

type Side = "on" | "off" | "offMeta";

export const otelCost: Figure = {
  id: "11",
  pinned: "figure",
  title: "OpenTelemetry export on: a load run's throughput, the library's echo and the page's echo",
  baseline:
    "the same runs with export off and a traceparent sent on every request, interleaved; export's CPU beside the OpenTelemetry SDK's own tracer",
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
    const env: Record<Side, NodeJS.ProcessEnv> = {
      off,
      offMeta: { ...off, BENCH_TRACEPARENT: "1" },
      on: { ...off, OTEL_EXPORTER_OTLP_ENDPOINT: endpoint },
    };
    const load = async (side: Side) => {
      const r = await timedRun(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), "--cli", ...TARGET, ...LOAD], {
        cwd: ROOT,
        env: env[side],
      });
      if (r.code !== 0) throw new Error(`load run exit ${r.code}: ${r.stderr}`);
      return (JSON.parse(r.stdout) as { result: { throughput: number } }).result.throughput;
    };
    const cpu: Record<Side | "sdk" | "sdkOtlp", number[]> = { on: [], off: [], offMeta: [], sdk: [], sdkOtlp: [] };
    const library = async (side: Side) => {
      const r = await timedRun(process.execPath, ["--input-type=module", "-e", LIBRARY_SCRIPT], { cwd: ROOT, env: env[side] });
      if (r.code !== 0) throw new Error(`library run exit ${r.code}: ${r.stderr}`);
      const [times, used] = r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { medianMs?: number; cpuUs?: number });
      cpu[side].push(used.cpuUs!);
      return times.medianMs!;
    };
    /** The OpenTelemetry SDK's tracer, as many spans as a library run makes (its warm-up and timed calls). */
    const sdkSpans = async (otlp = false) => {
      const args = [SDK_SPANS, String(2 * CALLS), ...(otlp ? [`${endpoint}/v1/traces`] : [])];
      const r = await timedRun(process.execPath, args, { cwd: ROOT });
      if (r.code !== 0) throw new Error(`OpenTelemetry SDK run exit ${r.code}: ${r.stderr}`);
      cpu[otlp ? "sdkOtlp" : "sdk"].push((JSON.parse(r.stdout) as { cpuUs: number }).cpuUs);
    };
    // Figure 1's path, on the launcher as shipped (dist/inspector.mjs and its export worker; the
    // bench's own backend bundle has no worker beside it, so export would run on its thread).
    const page = async (side: Side) => {
      const saved = process.env;
      process.env = env[side]; // startLauncher hands the launcher this process's environment
      const inspector = await startLauncher(TARGET).finally(() => (process.env = saved));
      try {
        const { client, ws } = await headlessPage(inspector.port, inspector.token);
        await client.hello(0);
        const meta = side === "offMeta" ? (i: number) => ({ traceparent: traceparent(i) }) : () => undefined;
        const call = (i: number) => client.command({ type: "call-tool", name: "echo", arguments: { message: "hello" }, meta: meta(i) });
        for (let i = 0; i < PAGE_WARMUP; i++) await call(i);
        const t: number[] = [];
        for (let i = 0; i < PAGE_CALLS; i++) {
          const t0 = performance.now();
          await call(PAGE_WARMUP + i);
          t.push(performance.now() - t0);
        }
        ws.close();
        return median(t);
      } finally {
        await inspector.stop();
      }
    };
    const withPage = pageBuilt();
    try {
      await load("on"); // warm the file cache and the collector
      const sides: Side[] = ["on", "off", "offMeta"];
      const t = { on: [] as number[], off: [] as number[] };
      const l: Record<Side, number[]> = { on: [], off: [], offMeta: [] };
      const p: Record<Side, number[]> = { on: [], off: [], offMeta: [] };
      for (let i = 0; i < RUNS; i++)
        // Each run in another order (on first, off first, the traceparent side first), so that
        // drift in the machine's load falls on every side alike.
        for (const side of [...sides.slice(i % 3), ...sides.slice(0, i % 3)]) {
          if (side !== "offMeta") t[side].push(await load(side));
          l[side].push(await library(side));
          if (withPage) p[side].push(await page(side));
          if (side === "on") {
            await sdkSpans();
            await sdkSpans(true);
          }
        }
      const tput = median(t.on) / median(t.off);
      // Per call: each library run makes 2 × CALLS calls (warm-up and timed), each a span.
      const addedCpu = (median(cpu.on) - median(cpu.offMeta)) / (2 * CALLS);
      const sdkCpu = median(cpu.sdk);
      const perCall = (metric: string, m: Record<Side, number[]>): Row[] => {
        const ratio = median(m.on) / median(m.off);
        const ours = median(m.on) / median(m.offMeta);
        return [
          {
            metric: `${metric}: export on vs off with a traceparent sent (our cost)`,
            unit: "ms",
            inspector: round(median(m.on), 3),
            baseline: round(median(m.offMeta), 3),
            ratio: round(ours, 3),
            target: `≤ ${TARGET_RATIO}× (pinned; the traceparent on every request either way)`,
            met: ours <= TARGET_RATIO,
          },
          {
            metric: `${metric}, export on vs off (no traceparent)`,
            unit: "ms",
            inspector: round(median(m.on), 3),
            baseline: round(median(m.off), 3),
            ratio: round(ratio, 3),
          },
          {
            metric: `${metric}: export off, a traceparent sent vs none (the server's cost, and the larger frame)`,
            unit: "ms",
            inspector: round(median(m.offMeta), 3),
            baseline: round(median(m.off), 3),
            ratio: round(median(m.offMeta) / median(m.off), 3),
          },
        ];
      };
      return {
        rows: [
          {
            metric: "load run throughput, export on vs off",
            unit: "calls/s",
            inspector: round(median(t.on), 0),
            baseline: round(median(t.off), 0),
            ratio: round(tput, 3),
          },
          ...perCall("library echo over stdio, per call median", l),
          {
            metric:
              "export's added CPU per call (library over stdio: on minus off with a traceparent) vs the OpenTelemetry SDK's tracer, one span per call",
            unit: "µs",
            inspector: round(addedCpu, 1),
            baseline: round(sdkCpu, 1),
            ratio: round(addedCpu / sdkCpu, 2),
            target: `≤ ${TARGET_CPU}× the SDK's own tracer`,
            met: addedCpu / sdkCpu <= TARGET_CPU,
          },
          {
            // Information (issue 93): the SDK doing the whole of what the export does, encode and send.
            metric:
              "export's added CPU per call vs the OpenTelemetry SDK's tracer with its OTLP/protobuf exporter to the same collector, one span per call",
            unit: "µs",
            inspector: round(addedCpu, 1),
            baseline: round(median(cpu.sdkOtlp), 1),
            ratio: round(addedCpu / median(cpu.sdkOtlp), 2),
          },
          ...(withPage ? perCall("figure 1's path (page socket, launcher, echo), per call median", p) : []),
        ],
        notes: [
          `export's added CPU: each library run's whole process (every thread, from its start to its exit, the export's flush at beforeExit included), on minus off with a traceparent, over its ${2 * CALLS} calls; the SDK's tracer: bench/direct/otel-sdk-spans.mjs, ${2 * CALLS} spans from before its import to its batch flushed, a fresh process after each "on" run, once to its InMemorySpanExporter (judged) and once to its OTLPTraceExporter (@opentelemetry/exporter-trace-otlp-proto) posting to the same collector (information); medians ${round(median(cpu.on) / 1000, 0)} ms on, ${round(median(cpu.offMeta) / 1000, 0)} ms off with a traceparent`,
          `${RUNS} runs of each side, interleaved, each a fresh process; the collector took ${spans.batches} OTLP batches (it must take some, or export was not on)`,
          `figure 1's path: the launcher as shipped (bin/inspector.mjs) and a headless page over its socket, ${PAGE_WARMUP} warm-up calls then ${PAGE_CALLS} timed`,
          ...(withPage ? [] : ["the page is not built (dist/page): figure 1's path is left out"]),
          ...(process.env.BENCH_OTEL_LIB ? [`the library runs: ${LIBRARY} (BENCH_OTEL_LIB)`] : []),
          "export hands its spans to its worker every 5 s (OTEL_BSP_SCHEDULE_DELAY) or at the end: a library run (about a second) pays for the worker at its end, outside the timed calls",
        ],
      };
    } finally {
      collector.close();
    }
  },
};

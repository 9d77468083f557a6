import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { Entry, NewEntry } from "../../lib/record/format";
import type { SpanDraft } from "../../lib/otel/spans";
import { otelConfigFromEnv, otelWanted, printableUrl, type OtelConfig } from "./config";
import { CompactQueue, type CompactBatch } from "./compact";
import { forgetWarnings, warnOnce } from "./warn";
import type { Pipeline } from "./pipeline";
import type { FromWorker, ToWorker } from "./worker";
import { formatTraceparent, newSpanId, newTraceId, parseTraceparent, type SpanIds, type TraceMeta } from "./trace-context";

/**
 * OpenTelemetry for every way the inspector runs: each Engine asks `engineOtel()` once; with no
 * OTEL_* endpoint set it gets undefined and nothing else here runs or loads. With one, the
 * engine's record is observed (spans built from the frames as recorded), each request the engine
 * sends carries a `traceparent` in `params._meta` (the conventions' propagation, so an
 * instrumented server's spans join the trace), and the exporter runs in a worker thread of its
 * own while sessions run: the engine's thread only copies a few fields per entry (figure 11).
 */
export interface EngineOtel {
  /** The engine's record sink, also handing each entry to the span builder. */
  wrap(sink: { append(entry: NewEntry): Entry }): { append(entry: NewEntry): Entry };
  /** The trace context for one request about to be sent: `{ traceparent, tracestate? }` (trace-context.ts's TraceMeta). */
  traceMeta: TraceMeta;
  /** Everything built so far sent (a command about to exit awaits it). */
  flush(): Promise<void>;
}

/** Where compact entries and finished spans go: the worker, or the pipeline in this thread. */
interface Channel {
  /** `final`: handed over by a flush, which its caller awaits. */
  entries(batch: CompactBatch, final?: boolean): void;
  drafts(drafts: SpanDraft[]): void;
  flush(): Promise<void>;
  /** Sends nothing more and says nothing more: its timers cleared, unsent data dropped (resetOtelForTests). */
  stop(): void;
}

interface Exporting {
  config: OtelConfig;
  channel: Channel;
  /** The parent span id of each traceparent the engine made, until its request is recorded. */
  parents: Map<string, string | undefined>;
  /** Compact entries not yet handed over (server/otel/compact.ts). */
  pending: CompactQueue;
  timer?: NodeJS.Timeout;
  engines: number;
  root?: SpanIds;
}

let exporting: Exporting | undefined | null;
/** TRACEPARENT's sampled flag was 00: its trace id is carried to the server with 00, and nothing is exported. */
let unsampled: SpanIds | undefined;

/** Decided once: nothing is exported (`exporting` null; undefined means not decided yet). */
function nothingToExport(): undefined {
  exporting = null;
  return undefined;
}

function exportingNow(env: Record<string, string | undefined> = process.env): Exporting | undefined {
  if (exporting !== undefined) return exporting ?? undefined;
  const config = otelWanted(env) ? otelConfigFromEnv(env) : undefined;
  if (!config) return nothingToExport();
  if (config.refused) {
    process.stderr.write(`${config.refused}\n`);
    return nothingToExport();
  }
  const root = config.parent && parseTraceparent(config.parent.traceparent);
  if (config.unsampled && root) {
    unsampled = { traceId: root.traceId, spanId: root.spanId, tracestate: config.parent?.tracestate };
    return nothingToExport();
  }
  const built = workerUrl();
  const state: Exporting = {
    config,
    channel: built ? bothChannels(config, built) : inThreadChannel(config),
    parents: new Map(),
    pending: new CompactQueue(),
    engines: 0,
    root: root ? { traceId: root.traceId, spanId: root.spanId, tracestate: config.parent?.tracestate } : undefined,
  };
  process.once("beforeExit", () => void flushNow(state));
  return (exporting = state);
}

/**
 * How long a command that is done waits for its spans to leave: a collector that hangs must not
 * hold a `--cli` call for long. One that is down is known at once (connection refused, said so);
 * this covers the start of the export's worker, the encoding and a slow collector's answer.
 */
const FLUSH_MS = 3000;

/**
 * When the engine's thread hands its compact entries over: every `scheduleDelayMs` (the SDK's
 * batch processor's delay, OTEL_BSP_SCHEDULE_DELAY: 5 s), or at this many entries, or at a flush.
 * The worker starts at the first hand-over before a flush: a command shorter than the delay sends
 * its spans from this thread at its end, and starts none (figure 11; bothChannels).
 */
const HANDOVER = 65_536;

function handOver(state: Exporting, final = false): void {
  if (state.timer) {
    clearTimeout(state.timer);
    state.timer = undefined;
  }
  if (state.pending.count === 0) return;
  state.channel.entries(state.pending.take(), final);
}

function flushNow(state: Exporting): Promise<void> {
  handOver(state, true);
  return state.channel.flush();
}

const offLine = (e: unknown) => `OpenTelemetry export is off: ${e instanceof Error ? e.message : String(e)}\n`;

/** Resolves after `ms` at most, with an unref'd timer: true when the work finished in time. */
function bounded(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)).unref());
  return Promise.race([work.then(() => true), late]).finally(() => clearTimeout(timer));
}

/**
 * A flush that ran out of time: the collector had not answered every request yet. Not "dropped":
 * a slow collector may still take what was sent (issue 72: one that answered after 1.5 s got
 * everything while this line said otherwise).
 */
function lateLine(config: OtelConfig): string {
  return `OpenTelemetry export to ${printableUrl(config.tracesUrl)}: timed out: the collector had not answered within ${FLUSH_MS / 1000} s of the command's end; spans and metrics it had not confirmed may be lost`;
}

/**
 * The built worker beside this module's bundle (dist/otel-worker.mjs; this module is in
 * dist/inspector.mjs, dist/lib/*.mjs or dist/chunks/*.mjs), or undefined when running from the
 * sources (vitest), where there is none.
 */
function workerUrl(): URL | undefined {
  for (const rel of ["./otel-worker.mjs", "../otel-worker.mjs"]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === "file:" && existsSync(url)) return url;
  }
  return undefined;
}

/**
 * The worker for what is handed over while sessions run; this thread for what a flush hands over
 * when no worker runs (a command or a library session shorter than the hand-over delay: all of
 * it). Its caller awaits that flush either way, and a worker's start cost more CPU (about 26 ms:
 * an isolate, Node's bootstrap, the modules loaded again) than building and sending a few
 * thousand spans (figure 11, issue 93). What a worker runs, it keeps: once started, a flush's
 * entries and the inspector's own spans go to it, in order.
 */
function bothChannels(config: OtelConfig, url: URL): Channel {
  const here = inThreadChannel(config);
  const worker = workerChannel(config, url);
  return {
    entries: (batch, final) => (final && !worker.running() ? here.entries(batch) : worker.entries(batch)),
    drafts: (drafts) => (worker.running() ? worker.drafts(drafts) : here.drafts(drafts)),
    flush: async () => void (await Promise.all([here.flush(), worker.flush()])),
    stop() {
      here.stop();
      worker.stop();
    },
  };
}

/**
 * The exporter in a worker thread, started when needed: it never keeps the process alive
 * (unref'd), and a flush ends it (ref'd only while its spans leave, FLUSH_MS at most); entries
 * after that start another.
 */
function workerChannel(config: OtelConfig, url: URL): Channel & { running(): boolean } {
  let worker: Worker | undefined;
  let off = false;
  let flushes = 0;
  const waiting = new Map<number, () => void>();
  const post = (m: ToWorker, transfer: ArrayBuffer[] = []) => {
    if (off) return;
    if (!worker) {
      // No node flags of the process: `node --input-type=module -e …` (a script the library runs
      // in) handed to a worker made it fail to start, and export was off.
      const w = (worker = new Worker(url, { workerData: config, execArgv: [] }));
      w.unref();
      w.on("message", (r: FromWorker) => {
        if ("warn" in r) return warnOnce(r.warn, r.key);
        waiting.get(r.flushed)?.();
        waiting.delete(r.flushed);
      });
      // Whatever goes wrong there (the SDK, an exporter's settings) turns export off with one line
      // on stderr: it must never stop the session it observes.
      w.on("error", (e) => {
        if (!off) process.stderr.write(offLine(e));
        off = true;
        for (const done of waiting.values()) done();
        waiting.clear();
      });
    }
    worker.postMessage(m, transfer);
  };
  return {
    // The times' buffer is the batch's own copy: moved to the worker, not copied again.
    entries: (entries) =>
      post(
        { entries },
        entries.map((part) => part.times.buffer as ArrayBuffer),
      ),
    drafts: (drafts) => post({ drafts }),
    running: () => worker !== undefined && !off,
    async flush() {
      const w = worker;
      if (!w || off) return;
      worker = undefined;
      const n = ++flushes;
      const done = new Promise<void>((resolve) => waiting.set(n, resolve));
      w.postMessage({ flush: n } satisfies ToWorker);
      w.ref();
      if (!(await bounded(done, FLUSH_MS))) warnOnce(lateLine(config), "late");
      waiting.delete(n);
      await w.terminate();
    },
    stop() {
      off = true;
      void worker?.terminate();
      worker = undefined;
    },
  };
}

/** The pipeline in this thread (no built worker: the sources under test), loaded at its first use. */
function inThreadChannel(config: OtelConfig): Channel {
  let pipeline: Promise<Pipeline | undefined> | undefined;
  const started = () =>
    (pipeline ??= import("./pipeline")
      .then((m) => m.startPipeline(config))
      .catch((e: unknown) => {
        process.stderr.write(offLine(e));
        return undefined;
      }));
  return {
    entries: (batch) => void started().then((p) => p?.entries(batch)),
    drafts: (drafts) => void started().then((p) => p?.drafts(drafts)),
    flush: async () => {
      if (
        pipeline &&
        !(await bounded(
          pipeline.then((p) => p?.flush()),
          FLUSH_MS,
        ))
      )
        warnOnce(lateLine(config), "late");
    },
    stop: () => void pipeline?.then((p) => p?.stop()),
  };
}

const PARENTS_KEPT = 10_000;

/** The engine's OpenTelemetry, or undefined when export is off (the common case: one env read). */
export function engineOtel(): EngineOtel | undefined {
  const state = exportingNow();
  if (!state) return unsampled ? unsampledOtel(unsampled) : undefined;
  const engine = ++state.engines;
  return {
    wrap(sink) {
      return {
        append(draft: NewEntry) {
          const entry = sink.append(draft);
          const before = state.pending.count;
          state.pending.push(engine, entry, state.parents, currentRun() ?? testScope ?? state.root);
          if (state.pending.count !== before) {
            if (state.pending.count >= HANDOVER) handOver(state);
            else if (!state.timer) (state.timer = setTimeout(() => handOver(state), state.config.scheduleDelayMs)).unref();
          }
          return entry;
        },
      };
    },
    traceMeta(carried?: boolean): Record<string, string> {
      const parent = currentRun() ?? testScope ?? state.root;
      if (carried) return parent?.tracestate ? { tracestate: parent.tracestate } : {};
      // No run, no test, no trace to join (the library's plain calls): nothing to remember, as the
      // queue reads a traceparent it does not know as one without a parent. A third of this
      // function's time in figure 11's library echo (about 0.3 of 1.1 µs a call, timed in place).
      if (!parent) return { traceparent: formatTraceparent({ traceId: newTraceId(), spanId: newSpanId() }) };
      const traceparent = formatTraceparent({ traceId: parent.traceId, spanId: newSpanId() });
      if (state.parents.size >= PARENTS_KEPT) state.parents.delete(state.parents.keys().next().value!);
      state.parents.set(traceparent, parent.spanId);
      return parent.tracestate ? { traceparent, tracestate: parent.tracestate } : { traceparent };
    },
    // Inside a run, the run's end sends everything at once (withRunSpan): a flush here would end
    // the export's worker, and the run span would start another only to send itself.
    flush: () => (commandRuns ? Promise.resolve(handOver(state)) : flushNow(state)),
  };
}

/** A TRACEPARENT whose sampled flag is 00: its trace carried to the server, flagged 00 as it came; nothing recorded or sent. */
function unsampledOtel(root: SpanIds): EngineOtel {
  return {
    wrap: (sink) => sink,
    traceMeta(carried?: boolean): Record<string, string> {
      if (carried) return root.tracestate ? { tracestate: root.tracestate } : {};
      const traceparent = formatTraceparent({ traceId: root.traceId, spanId: newSpanId() }, false);
      return root.tracestate ? { traceparent, tracestate: root.tracestate } : { traceparent };
    },
    flush: () => Promise.resolve(),
  };
}

/**
 * Runs `fn` as a span of its own (a collection run, a test, a load run) that is the parent of
 * every request made inside it. With export off, it only calls `fn`.
 */
export async function withOtelSpan<T>(
  name: string,
  attributes: Record<string, string | number | boolean>,
  fn: () => Promise<T>,
  /** What makes a result a failure (a failed collection or load run), in words; undefined for success. */
  failureOf?: (result: T) => string | undefined,
): Promise<T> {
  const state = exportingNow();
  if (!state) return fn();
  const span = ownSpan(state, currentRun() ?? testScope ?? state.root);
  runs.push(span.ids);
  try {
    const out = await fn();
    const failure = failureOf?.(out);
    span.end(name, attributes, failure ? { type: "failed", message: failure } : undefined);
    return out;
  } catch (e) {
    span.end(name, attributes, { type: e instanceof Error ? e.name : "error", message: e instanceof Error ? e.message : String(e) });
    throw e;
  } finally {
    runs.splice(runs.lastIndexOf(span.ids), 1);
  }
}

/** Commands running now (withRunSpan): their end sends what their engines' closes handed over. */
let commandRuns = 0;

/** The commands that are a run, and the run span's name for each (low-cardinality: the command, never its target or file). */
const RUN_NAMES: Record<string, string> = {
  cli: "inspector --cli",
  load: "inspector --cli --load",
  check: "inspector check",
  test: "inspector test",
  replay: "inspector replay",
};

/**
 * Runs a command as one trace: its run span (child of TRACEPARENT's, when set) is the parent of
 * everything the command does, the handshake, each connection and the server's own messages
 * included (issue 72: one `check` was 45 traces). It ends with the command's exit code, and the
 * command waits for its spans to leave (FLUSH_MS at most). With export off, it only calls `fn`.
 */
export async function withRunSpan(command: string, fn: () => Promise<number>): Promise<number> {
  const name = RUN_NAMES[command];
  const state = name ? exportingNow() : undefined;
  if (!state || !name) return fn();
  const span = ownSpan(state, state.root);
  runs.push(span.ids);
  commandRuns++;
  let code = 70; // EX_SOFTWARE: what a throw becomes
  let thrown: unknown;
  try {
    code = await fn();
    return code;
  } catch (e) {
    thrown = e;
    throw e;
  } finally {
    runs.splice(runs.lastIndexOf(span.ids), 1);
    commandRuns--;
    const failure =
      thrown !== undefined
        ? { type: thrown instanceof Error ? thrown.name : "error", message: thrown instanceof Error ? thrown.message : String(thrown) }
        : code !== 0
          ? { type: "exit_code", message: `exit code ${code}` }
          : undefined;
    span.end(name, { "inspector.command": command, ...(thrown === undefined ? { "inspector.exit_code": code } : {}) }, failure);
    await flushNow(state);
  }
}

/**
 * The runs (collection, load) going on now, newest last: the newest is the parent of each request
 * sent meanwhile. Not AsyncLocalStorage: on Node 20 one `run()` turns on async hooks for the rest
 * of the process, and every promise after pays for them (about 3× the cost of a promise-heavy
 * loop, measured here; a load run is one). What that gives up: requests of two runs that overlap in
 * one process, or a page's own call made during a run, are parented under the newest run; one run
 * at a time (every command, a test) is exact.
 */
const runs: SpanIds[] = [];
const currentRun = (): SpanIds | undefined => runs[runs.length - 1];

type Attributes = Record<string, string | number | boolean>;

/** A span of the inspector's own (a run, a test) under `parent`: sent when it ends, with its name then. */
function ownSpan(state: Exporting, parent: SpanIds | undefined) {
  const ids: SpanIds = {
    traceId: parent?.traceId ?? newTraceId(),
    spanId: newSpanId(),
    parentSpanId: parent?.spanId,
    tracestate: parent?.tracestate,
  };
  const startMs = Date.now();
  return {
    ids,
    end(name: string, attributes: Attributes, error?: { type: string; message?: string }): void {
      const { traceId, spanId, parentSpanId } = ids;
      // Entries recorded before it go first, so its children reach the pipeline before it.
      handOver(state);
      state.channel.drafts([{ traceId, spanId, parentSpanId, name, kind: "internal", startMs, endMs: Date.now(), attributes, error }]);
    },
  };
}

/** The span of the test running now (a test runner's hooks open it: no async context spans a test and its hooks). */
let testScope: SpanIds | undefined;

/**
 * Opens the span of one test (the test library's before-each), the parent of every request made
 * until it ends (its after-each, which knows the test's name and verdict). Undefined with export off.
 */
export function openTestSpan(): { end(name: string, attributes: Attributes, failure?: string): void } | undefined {
  const state = exportingNow();
  if (!state) return undefined;
  const span = ownSpan(state, state.root);
  testScope = span.ids;
  return {
    end(name, attributes, failure) {
      if (testScope === span.ids) testScope = undefined;
      span.end(name, attributes, failure ? { type: "failed", message: failure } : undefined);
    },
  };
}

/** For tests: forget the process's export settings, so the next engine reads the variables again. */
export function resetOtelForTests(): void {
  // The last settings' exporter stops: its metric reader's 10-s export to a collector the last
  // test closed said "connection refused" in the next test's stderr (a loaded fresh-clone run).
  exporting?.channel.stop();
  exporting = undefined;
  unsampled = undefined;
  forgetWarnings();
}

import type { Entry, NewEntry } from "../../lib/record/format";
import { otelConfigFromEnv, otelWanted, type OtelConfig } from "./config";
import type { LiveExport } from "./live";
import { SpanBuilder, type SpanDraft } from "../../lib/otel/spans";
import { currentScope, formatTraceparent, newSpanId, newTraceId, parseTraceparent, runInScope, type SpanIds } from "./trace-context";

/**
 * OpenTelemetry for every way the inspector runs: each Engine asks `engineOtel()` once; with no
 * OTEL_* endpoint set it gets undefined and nothing else here runs or loads. With one, the
 * engine's record is observed (spans built from the frames as recorded), each request the engine
 * sends carries a `traceparent` in `params._meta` (the conventions' propagation, so an
 * instrumented server's spans join the trace), and the exporter (the OpenTelemetry SDK, a chunk
 * of its own) loads in the background.
 */
export interface EngineOtel {
  /** The engine's record sink, also handing each entry to the span builder. */
  wrap(sink: { append(entry: NewEntry): Entry }): { append(entry: NewEntry): Entry };
  /** The trace context for one request about to be sent: `{ traceparent, tracestate? }`. */
  traceMeta(): Record<string, string>;
  /** Everything built so far sent (a command about to exit awaits it). */
  flush(): Promise<void>;
}

interface Exporting {
  config: OtelConfig;
  live: Promise<LiveExport | undefined>;
  /** The parent of each span id a traceparent was made for, until its span is built. */
  parents: Map<string, string | undefined>;
  root?: SpanIds;
}

let exporting: Exporting | undefined | null;

function exportingNow(env: Record<string, string | undefined> = process.env): Exporting | undefined {
  if (exporting !== undefined) return exporting ?? undefined;
  const config = otelWanted(env) ? otelConfigFromEnv(env) : undefined;
  if (!config) return (exporting = null) ?? undefined;
  const root = config.parent && parseTraceparent(config.parent.traceparent);
  const state: Exporting = {
    config,
    parents: new Map(),
    root: root ? { ...root, tracestate: config.parent?.tracestate } : undefined,
    // Whatever goes wrong here (the chunk, an exporter's settings) turns export off with one line
    // on stderr: it must never stop the session it observes.
    live: import("./live")
      .then((m) => m.startLiveExport(config))
      .catch((e: unknown) => {
        process.stderr.write(`OpenTelemetry export is off: ${e instanceof Error ? e.message : String(e)}\n`);
        return undefined;
      }),
  };
  process.once("beforeExit", () => void boundedFlush(state));
  return (exporting = state);
}

/**
 * How long a command that is done waits for its spans to leave: a collector that is down must not
 * hold a `--cli` call (the exporters retry for 10 s a signal) — what is left then is dropped.
 */
const FLUSH_MS = 2000;

async function boundedFlush(state: Exporting): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, FLUSH_MS)).unref());
  await Promise.race([state.live.then((l) => l?.flush()), late]);
  clearTimeout(timer);
}

function emit(state: Exporting, drafts: SpanDraft[]): void {
  if (drafts.length === 0) return;
  void state.live.then((l) => l?.add(drafts));
}

const PARENTS_KEPT = 10_000;

/** The engine's OpenTelemetry, or undefined when export is off (the common case: one env read). */
export function engineOtel(): EngineOtel | undefined {
  const state = exportingNow();
  if (!state) return undefined;
  const builder = new SpanBuilder((spanId) => {
    if (!state.parents.has(spanId)) return undefined;
    const parentSpanId = state.parents.get(spanId);
    state.parents.delete(spanId);
    return { parentSpanId };
  });
  let lastT = 0;
  return {
    wrap(sink) {
      return {
        append(draft: NewEntry) {
          const entry = sink.append(draft);
          lastT = entry.t;
          emit(state, builder.add(entry));
          if (entry.kind === "lifecycle" && (entry.event === "disconnected" || entry.event === "exited"))
            emit(state, builder.finish(lastT));
          return entry;
        },
      };
    },
    traceMeta() {
      const parent = currentScope() ?? testScope ?? state.root;
      const ids = { traceId: parent?.traceId ?? newTraceId(), spanId: newSpanId() };
      if (state.parents.size >= PARENTS_KEPT) state.parents.delete(state.parents.keys().next().value!);
      state.parents.set(ids.spanId, parent?.spanId);
      const meta: Record<string, string> = { traceparent: formatTraceparent(ids) };
      if (parent?.tracestate) meta.tracestate = parent.tracestate;
      return meta;
    },
    flush: () => boundedFlush(state),
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
  const span = ownSpan(state, currentScope() ?? testScope ?? state.root);
  try {
    const out = await runInScope(span.ids, fn);
    const failure = failureOf?.(out);
    span.end(name, attributes, failure ? { type: "failed", message: failure } : undefined);
    return out;
  } catch (e) {
    span.end(name, attributes, { type: e instanceof Error ? e.name : "error", message: e instanceof Error ? e.message : String(e) });
    throw e;
  }
}

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
      emit(state, [{ traceId, spanId, parentSpanId, name, kind: "internal", startMs, endMs: Date.now(), attributes, error }]);
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
  exporting = undefined;
}

import { LOAD_REPORT_VERSION, type LoadProgress, type LoadReport, type LoadSummary } from "../../lib/load/summary";
import { round2 } from "../../lib/load/latency";
import type { LoadSink } from "./sink";
import type { RunTally } from "./runner";

/** How a run is bounded, as the official CLI resolves its flags (10 calls at once; 10 s unless a count is given). */
export interface LoadBounds {
  concurrency: number;
  durationMs?: number;
  requests?: number;
  rate?: number;
}

export const DEFAULT_CONCURRENCY = 10;
export const DEFAULT_DURATION_MS = 10_000;

export function resolveBounds(b: { concurrency?: number; durationMs?: number; requests?: number; rate?: number }): LoadBounds {
  const durationMs = b.durationMs ?? (b.requests === undefined ? DEFAULT_DURATION_MS : undefined);
  return {
    concurrency: b.concurrency ?? DEFAULT_CONCURRENCY,
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(b.requests !== undefined ? { requests: b.requests } : {}),
    ...(b.rate !== undefined ? { rate: b.rate } : {}),
  };
}

/** The official summary, its keys in the official order. */
export function summaryOf(tool: string, b: LoadBounds, t: RunTally): LoadSummary {
  const completed = t.completed;
  return {
    tool,
    concurrency: b.concurrency,
    ...(b.durationMs !== undefined ? { durationMs: b.durationMs } : {}),
    ...(b.requests !== undefined ? { requestLimit: b.requests } : {}),
    ...(b.rate !== undefined ? { rate: b.rate } : {}),
    requests: completed,
    ok: t.ok,
    toolErrors: t.toolErrors,
    errors: t.errors,
    // Four places, as the official CLI: a rare failure under heavy load still shows.
    errorRate: completed === 0 ? 0 : Math.round(((t.toolErrors + t.errors) / completed) * 10_000) / 10_000,
    elapsedMs: round2(t.elapsedMs),
    throughput: t.elapsedMs > 0 ? round2((completed * 1000) / t.elapsedMs) : 0,
    latencyMs: t.latency.summary(),
    errorMessages: t.errorMessages.entries(),
  };
}

export function reportOf(
  tool: string,
  b: LoadBounds,
  t: RunTally,
  extra: { transport: "stdio" | "http" | "sse"; warmup: number; sink: LoadSink; connectionLost?: string },
): LoadReport {
  const w = t.wire;
  return {
    format: "mcp-inspector-load",
    version: LOAD_REPORT_VERSION,
    result: summaryOf(tool, b, t),
    details: {
      transport: extra.transport,
      warmup: extra.warmup,
      percentiles: t.latency.method,
      wireLatencyMs: w.count
        ? {
            min: round2(w.min),
            mean: round2(w.sum / w.count),
            p50: round2(w.percentile(50)),
            p90: round2(w.percentile(90)),
            p99: round2(w.percentile(99)),
            max: round2(w.max),
          }
        : null,
      overheadMsPerCall: w.count ? Math.round((t.overheadSum / w.count) * 1000) / 1000 : null,
      histogram: t.latency.histogram.bins(32, t.failedLatency),
      throughput: [...t.throughput],
      toolErrorMessages: t.toolErrorMessages.entries(),
      stopReason: t.stopReason,
      ...(extra.connectionLost ? { connectionLost: extra.connectionLost } : {}),
      verdicts: [],
      sampled: extra.sink.sample(),
    },
  };
}

/** The run so far, for the live view. */
export function progressOf(t: RunTally, phase: LoadProgress["phase"], elapsedMs: number): LoadProgress {
  const h = t.latency.histogram;
  return {
    phase,
    elapsedMs: round2(elapsedMs),
    requests: t.completed,
    ok: t.ok,
    toolErrors: t.toolErrors,
    errors: t.errors,
    inFlight: t.inFlight,
    p50: h.count ? round2(h.percentile(50)) : null,
    p99: h.count ? round2(h.percentile(99)) : null,
    histogram: h.bins(32, t.failedLatency),
    throughput: [...t.throughput],
  };
}

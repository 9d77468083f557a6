import * as z from "zod";
import { LOAD_REPORT_VERSION, LoadDetailsSchema, LoadReportSchema, type LoadDetails, type LoadReport, type LoadSummary } from "./summary";
import { baselineFrom } from "./verdicts";

/**
 * A saved load summary, whoever wrote it: this inspector (`--format json`, the page's download,
 * a Locust master running an exported locustfile), the official CLI (`{ "result": … }` or its
 * text output), or Locust itself (`locust --json` / `--json-file`: its statistics, per request name).
 */
export interface SavedSummary {
  source: "inspector" | "locust-export" | "official" | "locust";
  summary: LoadSummary;
  /** Ours only: the details beside the summary. */
  details?: LoadDetails;
}

/** One row of `locust --json`: Locust's StatsEntry, serialized. */
const LocustStatsSchema = z.object({
  name: z.string(),
  method: z.string().nullable().optional(),
  start_time: z.number(),
  last_request_timestamp: z.number().nullable().optional(),
  num_requests: z.number().int().nonnegative(),
  num_failures: z.number().int().nonnegative(),
  total_response_time: z.number(),
  min_response_time: z.number().nullable(),
  max_response_time: z.number(),
  response_times: z.record(z.string(), z.number()),
});
type LocustStats = z.infer<typeof LocustStatsSchema>;

/** The requests an exported locustfile makes besides the tool's calls (its handshake, its warm-up). */
const NOT_THE_TOOL = new Set(["initialize", "notifications/initialized", "server/discover", "(end session)"]);

export function savedSummaryFrom(json: unknown): { ok: true; saved: SavedSummary } | { ok: false; message: string } {
  if (Array.isArray(json)) return fromLocustStats(json);
  const o = json && typeof json === "object" ? (json as Record<string, unknown>) : undefined;
  if (o?.format === "mcp-inspector-load") {
    const r = LoadReportSchema.safeParse(json);
    if (!r.success) return { ok: false, message: `an mcp-inspector-load report that does not parse (${issueOf(r.error)})` };
    const source = r.data.details.engine === "locust" ? "locust-export" : "inspector";
    return { ok: true, saved: { source, summary: r.data.result, details: r.data.details } };
  }
  const b = baselineFrom(json);
  if (!b.ok) return b;
  // `--format json` is { result, details }: ours when the details are; the official's has no details.
  const details = o && "details" in o ? LoadDetailsSchema.safeParse(o.details) : undefined;
  if (details?.success)
    return {
      ok: true,
      saved: { source: details.data.engine === "locust" ? "locust-export" : "inspector", summary: b.summary, details: details.data },
    };
  return { ok: true, saved: { source: "official", summary: b.summary } };
}

/**
 * Locust's own statistics: the tool's row is the one request name that is not the exported
 * file's handshake or warm-up (with several, the one with the most requests). Locust keeps no
 * users count or error messages in them: concurrency reads 1 and errorMessages is empty.
 */
function fromLocustStats(rows: unknown[]): { ok: true; saved: SavedSummary } | { ok: false; message: string } {
  const parsed = z.array(LocustStatsSchema).safeParse(rows);
  if (!parsed.success) return { ok: false, message: `not Locust's --json statistics (${issueOf(parsed.error)})` };
  const calls = parsed.data.filter((r) => !NOT_THE_TOOL.has(r.name) && !r.name.endsWith(" (warm-up)"));
  const row = calls.sort((a, b) => b.num_requests - a.num_requests)[0];
  if (!row) return { ok: false, message: "Locust's --json statistics with no request besides the handshake" };
  return { ok: true, saved: { source: "locust", summary: summaryOfLocustRow(row) } };
}

function summaryOfLocustRow(r: LocustStats): LoadSummary {
  const n = r.num_requests;
  const elapsedS = n && r.last_request_timestamp ? Math.max(r.last_request_timestamp - r.start_time, 0) : 0;
  const min = r.min_response_time ?? 0;
  const at = (p: number) => round2(Math.min(Math.max(locustPercentile(r.response_times, n, p), min), r.max_response_time));
  return {
    tool: r.name,
    concurrency: 1,
    requests: n,
    ok: n - r.num_failures,
    toolErrors: 0,
    errors: r.num_failures,
    errorRate: n ? Math.round((r.num_failures / n) * 10_000) / 10_000 : 0,
    elapsedMs: round2(elapsedS * 1000),
    throughput: elapsedS > 0 ? round2(n / elapsedS) : 0,
    latencyMs: n
      ? {
          min: round2(min),
          mean: round2(r.total_response_time / n),
          p50: at(0.5),
          p90: at(0.9),
          p99: at(0.99),
          max: round2(r.max_response_time),
        }
      : null,
    errorMessages: [],
  };
}

/** Locust's own rule (stats.calculate_response_time_percentile): walk down from the slowest bucket. */
export function locustPercentile(times: Record<string, number>, n: number, percent: number): number {
  let processed = 0;
  const slowestFirst = Object.entries(times)
    .map(([t, count]) => [Number(t), count] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [t, count] of slowestFirst) {
    processed += count;
    if (n - processed <= n * percent) return t;
  }
  return 0;
}

const issueOf = (e: z.ZodError) => {
  const i = e.issues[0];
  return i ? `${i.path.length ? `at ${i.path.join(".")}: ` : ""}${i.message}` : "invalid";
};
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Bytes a saved summary may have when the page opens it (a report with its sample is well under 1 MB). */
export const SAVED_SUMMARY_MAX_BYTES = 8 * 1024 * 1024;

/** A saved summary as a report for the page's view: details of its own, or none measured (empty charts). */
export function reportOfSaved(saved: SavedSummary): LoadReport {
  return {
    format: "mcp-inspector-load",
    version: LOAD_REPORT_VERSION,
    result: saved.summary,
    details: saved.details ?? {
      transport: "http",
      warmup: 0,
      percentiles: saved.source === "locust" ? "locust" : "exact",
      wireLatencyMs: null,
      overheadMsPerCall: null,
      histogram: [],
      throughput: [],
      toolErrorMessages: [],
      stopReason: saved.summary.requestLimit !== undefined ? "requests" : "duration",
      verdicts: [],
      sampled: { kept: [], framesNotKept: 0, errorsNotKept: 0 },
    },
  };
}

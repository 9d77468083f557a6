import * as z from "zod";
import { EntrySchema } from "../record/format";

/**
 * A load run's report (docs/load.md). `summary` is the official MCP Inspector CLI 2.12.0's
 * `--load` summary, key for key and type for type, so scripts that read it move over unchanged;
 * `details` is what this inspector adds. Version 1.
 */
export const LOAD_REPORT_VERSION = 1 as const;

export const LatencyMsSchema = z.object({
  min: z.number(),
  mean: z.number(),
  p50: z.number(),
  p90: z.number(),
  p99: z.number(),
  max: z.number(),
});
export type LatencyMs = z.infer<typeof LatencyMsSchema>;

export const ErrorCountSchema = z.object({ message: z.string(), count: z.number().int().positive() });
export type ErrorCount = z.infer<typeof ErrorCountSchema>;

/** The official summary. Optional keys are present only when the run was bounded that way. */
export const LoadSummarySchema = z.object({
  tool: z.string(),
  concurrency: z.number().int().positive(),
  durationMs: z.number().positive().optional(),
  requestLimit: z.number().int().positive().optional(),
  rate: z.number().positive().optional(),
  /** Calls that completed (ok + toolErrors + errors). */
  requests: z.number().int().nonnegative(),
  ok: z.number().int().nonnegative(),
  /** Results with isError: true. */
  toolErrors: z.number().int().nonnegative(),
  /** Calls that failed: a JSON-RPC error, a timeout, the connection lost. */
  errors: z.number().int().nonnegative(),
  /** (toolErrors + errors) / requests, four decimals. */
  errorRate: z.number().min(0).max(1),
  elapsedMs: z.number().nonnegative(),
  /** Completed calls per second. */
  throughput: z.number().nonnegative(),
  /** From the call entering the engine to its outcome; null when no call completed. */
  latencyMs: LatencyMsSchema.nullable(),
  /** The `errors` grouped by message (ten kinds, then "(other)"). */
  errorMessages: z.array(ErrorCountSchema),
});
export type LoadSummary = z.infer<typeof LoadSummarySchema>;

/** `failed`: how many of the bin's calls failed or returned isError (absent from reports written before it). */
export const HistogramBinSchema = z.object({
  fromMs: z.number(),
  toMs: z.number(),
  count: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative().optional(),
});
export type HistogramBin = z.infer<typeof HistogramBinSchema>;

/** Completed calls per second over one stretch of the run, for the throughput line. */
/** `failedPerSecond`: the part of `perSecond` that failed or returned isError. */
export const ThroughputPointSchema = z.object({ atMs: z.number(), perSecond: z.number(), failedPerSecond: z.number().optional() });
export type ThroughputPoint = z.infer<typeof ThroughputPointSchema>;

export const VerdictSchema = z.object({
  /** What was checked, e.g. "p99 ≤ 50 ms" or "throughput ≥ 0.9 × baseline". */
  check: z.string(),
  actual: z.number(),
  limit: z.number(),
  passed: z.boolean(),
});
export type Verdict = z.infer<typeof VerdictSchema>;

export const StopReasonSchema = z.enum(["duration", "requests", "stopped", "connection-lost"]);
export type StopReason = z.infer<typeof StopReasonSchema>;

/** What this inspector measures beyond the official summary. */
export const LoadDetailsSchema = z.object({
  /** Who ran the calls: this inspector (absent in reports written before Locust), or Locust running an exported locustfile. */
  engine: z.enum(["inspector", "locust"]).optional(),
  /** Locust: how many worker processes ran the users (1 on one machine without a master). */
  workers: z.number().int().nonnegative().optional(),
  transport: z.enum(["stdio", "http", "sse"]),
  /** Calls made before the measured run, not counted anywhere in the summary. */
  warmup: z.number().int().nonnegative(),
  /**
   * exact: percentiles from every sample; histogram: from 1 % log buckets, within ±0.5 %; locust:
   * from Locust's own histogram (times rounded to two significant digits), clamped to min and max.
   */
  percentiles: z.enum(["exact", "histogram", "locust"]),
  /** From the request frame handed to the transport to the response frame read back from it. */
  wireLatencyMs: LatencyMsSchema.nullable(),
  /** The inspector's own time per call: mean of (call latency − wire latency), in ms. */
  overheadMsPerCall: z.number().nullable(),
  histogram: z.array(HistogramBinSchema),
  throughput: z.array(ThroughputPointSchema),
  /** isError results grouped by their first text block. */
  toolErrorMessages: z.array(ErrorCountSchema),
  stopReason: StopReasonSchema,
  /** Why the connection ended mid-run, when it did. */
  connectionLost: z.string().optional(),
  /** Threshold and baseline checks; the run fails when any did not pass. */
  verdicts: z.array(VerdictSchema),
  /**
   * The run's frames are counted, not recorded: every error (up to a bound) and the slowest calls
   * are kept as record entries of the load connection (their seqs are its own); the rest is counted.
   */
  sampled: z.object({
    kept: z.array(EntrySchema),
    framesNotKept: z.number().int().nonnegative(),
    errorsNotKept: z.number().int().nonnegative(),
  }),
});
export type LoadDetails = z.infer<typeof LoadDetailsSchema>;

export const LoadReportSchema = z.object({
  format: z.literal("mcp-inspector-load"),
  version: z.literal(LOAD_REPORT_VERSION),
  result: LoadSummarySchema,
  details: LoadDetailsSchema,
});
export type LoadReport = z.infer<typeof LoadReportSchema>;

/** The run so far, for the page's live view and the terminal's progress line. */
export const LoadProgressSchema = z.object({
  phase: z.enum(["connecting", "warmup", "running", "finishing"]),
  elapsedMs: z.number(),
  requests: z.number().int(),
  ok: z.number().int(),
  toolErrors: z.number().int(),
  errors: z.number().int(),
  inFlight: z.number().int(),
  p50: z.number().nullable(),
  p99: z.number().nullable(),
  histogram: z.array(HistogramBinSchema),
  throughput: z.array(ThroughputPointSchema),
});
export type LoadProgress = z.infer<typeof LoadProgressSchema>;

import { LoadSummarySchema, type LoadSummary, type Verdict } from "./summary";

export interface LoadLimits {
  /** --load-max-p99: the p99 latency may not exceed this many ms. */
  maxP99Ms?: number;
  /** --load-max-error-rate: (toolErrors + errors) / requests may not exceed this. */
  maxErrorRate?: number;
  /** --load-baseline: a saved summary this run may not regress from by more than `tolerance`. */
  baseline?: LoadSummary;
  /** A fraction: 0.2 lets p99 grow by 20 % and throughput fall by 20 % before it counts. */
  tolerance: number;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Every check the limits ask for, each with what it found; a run fails when one did not pass. */
export function loadVerdicts(s: LoadSummary, l: LoadLimits): Verdict[] {
  const out: Verdict[] = [];
  // No call completed: there is no p99 to be within a limit.
  const p99 = s.latencyMs?.p99 ?? Infinity;
  if (l.maxP99Ms !== undefined) out.push({ check: `p99 ≤ ${l.maxP99Ms} ms`, actual: p99, limit: l.maxP99Ms, passed: p99 <= l.maxP99Ms });
  if (l.maxErrorRate !== undefined)
    out.push({
      check: `error rate ≤ ${l.maxErrorRate}`,
      actual: s.errorRate,
      limit: l.maxErrorRate,
      passed: s.errorRate <= l.maxErrorRate,
    });
  const b = l.baseline;
  if (b?.latencyMs) {
    const limit = round2(b.latencyMs.p99 * (1 + l.tolerance));
    out.push({ check: `p99 ≤ baseline's ${b.latencyMs.p99} ms + ${pct(l.tolerance)}`, actual: p99, limit, passed: p99 <= limit });
  }
  if (b) {
    const limit = round2(b.throughput * (1 - l.tolerance));
    out.push({
      check: `throughput ≥ baseline's ${b.throughput}/s − ${pct(l.tolerance)}`,
      actual: s.throughput,
      limit,
      passed: s.throughput >= limit,
    });
  }
  return out;
}

/**
 * A saved summary from any of the shapes a run prints: `--format json` (`{ "result": … }`, ours
 * or the official CLI's), the text output (the summary itself), or the page's download.
 */
export function baselineFrom(json: unknown): { ok: true; summary: LoadSummary } | { ok: false; message: string } {
  const inner = json && typeof json === "object" && "result" in json ? json.result : json;
  const parsed = LoadSummarySchema.safeParse(inner);
  if (parsed.success) return { ok: true, summary: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `not a load summary${issue?.path.length ? ` (at ${issue.path.join(".")}: ${issue.message})` : ""}` };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

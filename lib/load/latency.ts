import { LatencyHistogram } from "./histogram";
import type { LatencyMs } from "./summary";

/**
 * Up to this many samples are kept, and percentiles are exact (sorted, as the official CLI does).
 * Past it the samples are let go and percentiles come from the histogram (±0.5 %), so memory
 * stays flat however long a run goes: 200,000 doubles are 1.6 MB.
 */
export const EXACT_SAMPLES = 200_000;

/** Latency of a run: every sample into the histogram, and all of them while there are few enough. */
export class LatencyStats {
  readonly histogram = new LatencyHistogram();
  private samples: Float64Array | undefined = new Float64Array(1024);

  add(ms: number): void {
    const n = this.histogram.count;
    this.histogram.add(ms);
    if (!this.samples) return;
    if (n >= EXACT_SAMPLES) {
      this.samples = undefined;
      return;
    }
    if (n === this.samples.length) {
      const grown = new Float64Array(Math.min(EXACT_SAMPLES, n * 2));
      grown.set(this.samples);
      this.samples = grown;
    }
    this.samples[n] = ms;
  }

  get count(): number {
    return this.histogram.count;
  }

  /** How the percentiles were found: from every sample, or from the histogram. */
  get method(): "exact" | "histogram" {
    return this.samples ? "exact" : "histogram";
  }

  /** min, mean, p50, p90, p99, max in ms, two decimals (the official CLI's shape); null with no sample. */
  summary(): LatencyMs | null {
    const h = this.histogram;
    if (h.count === 0) return null;
    const sorted = this.samples ? this.samples.slice(0, h.count).sort() : undefined;
    const at = (p: number) =>
      sorted ? sorted[Math.min(Math.max(Math.ceil((p / 100) * sorted.length), 1), sorted.length) - 1] : h.percentile(p);
    return {
      min: round2(h.min),
      mean: round2(h.sum / h.count),
      p50: round2(at(50)),
      p90: round2(at(90)),
      p99: round2(at(99)),
      max: round2(h.max),
    };
  }
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Latency in a fixed-size histogram: logarithmic buckets growing by 1 % from 1 µs, so memory does
 * not grow with the length of a run (a 60 s run at 10,000 calls/s is 600,000 samples). A value
 * read back from a bucket is the bucket's geometric middle, clamped to the exact min and max: it
 * is within ±0.5 % (√1.01 − 1) of every sample in that bucket. docs/load.md states the bound.
 */
const FLOOR_MS = 0.001;
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
/** 1 µs × 1.01^2400 ≈ 23 million ms: well past any call's time limit. */
const BUCKETS = 2400;
/** The largest relative error of a value read from the histogram. */
export const HISTOGRAM_RELATIVE_ERROR = Math.sqrt(GROWTH) - 1;

export function bucketOf(ms: number): number {
  if (!(ms > FLOOR_MS)) return 0;
  return Math.min(BUCKETS - 1, Math.floor(Math.log(ms / FLOOR_MS) / LOG_GROWTH) + 1);
}

/** Bucket i holds [lowerOf(i), lowerOf(i + 1)); bucket 0 holds everything up to 1 µs. */
export const lowerOf = (i: number): number => (i === 0 ? 0 : FLOOR_MS * GROWTH ** (i - 1));
const middleOf = (i: number): number => (i === 0 ? FLOOR_MS / 2 : FLOOR_MS * GROWTH ** (i - 0.5));

export class LatencyHistogram {
  readonly counts = new Uint32Array(BUCKETS);
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;

  add(ms: number): void {
    this.counts[bucketOf(ms)]++;
    this.count++;
    this.sum += ms;
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
  }

  /** The sample of rank ⌈p/100 · n⌉ (the official CLI's rule), read from its bucket. */
  percentile(p: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.min(Math.max(Math.ceil((p / 100) * this.count), 1), this.count);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) return Math.min(this.max, Math.max(this.min, middleOf(i)));
    }
    return this.max;
  }

  /**
   * About `n` bins between the fastest and the slowest sample, on a log scale (latency spreads
   * over orders of magnitude), for drawing. Each bin: its bounds in ms and how many calls took that long;
   * with `failed` (a histogram of the failed calls among these), how many of them failed.
   */
  bins(n = 32, failed?: LatencyHistogram): Array<{ fromMs: number; toMs: number; count: number; failed?: number }> {
    if (this.count === 0) return [];
    const lo = bucketOf(this.min);
    const hi = bucketOf(this.max);
    const per = Math.max(1, Math.ceil((hi - lo + 1) / n));
    const out: Array<{ fromMs: number; toMs: number; count: number; failed?: number }> = [];
    for (let start = lo; start <= hi; start += per) {
      let count = 0;
      let bad = 0;
      for (let i = start; i < Math.min(start + per, hi + 1); i++) {
        count += this.counts[i];
        if (failed) bad += failed.counts[i];
      }
      out.push({
        fromMs: round3(Math.max(lowerOf(start), start === lo ? this.min : 0)),
        toMs: round3(Math.min(lowerOf(start + per), this.max)),
        count,
        ...(failed ? { failed: bad } : {}),
      });
    }
    return out;
  }
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

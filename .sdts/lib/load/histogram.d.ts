/** The largest relative error of a value read from the histogram. */
export declare const HISTOGRAM_RELATIVE_ERROR: number;
export declare function bucketOf(ms: number): number;
/** Bucket i holds [lowerOf(i), lowerOf(i + 1)); bucket 0 holds everything up to 1 µs. */
export declare const lowerOf: (i: number) => number;
export declare class LatencyHistogram {
    readonly counts: Uint32Array<ArrayBuffer>;
    count: number;
    sum: number;
    min: number;
    max: number;
    add(ms: number): void;
    /** The sample of rank ⌈p/100 · n⌉ (the official CLI's rule), read from its bucket. */
    percentile(p: number): number;
    /**
     * About `n` bins between the fastest and the slowest sample, on a log scale (latency spreads
     * over orders of magnitude), for drawing. Each bin: its bounds in ms and how many calls took that long;
     * with `failed` (a histogram of the failed calls among these), how many of them failed.
     */
    bins(n?: number, failed?: LatencyHistogram): Array<{
        fromMs: number;
        toMs: number;
        count: number;
        failed?: number;
    }>;
}

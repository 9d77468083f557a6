import { LatencyHistogram } from "./histogram";
import type { LatencyMs } from "./summary";
/**
 * Up to this many samples are kept, and percentiles are exact (sorted, as the official CLI does).
 * Past it the samples are let go and percentiles come from the histogram (±0.5 %), so memory
 * stays flat however long a run goes: 200,000 doubles are 1.6 MB.
 */
export declare const EXACT_SAMPLES = 200000;
/** Latency of a run: every sample into the histogram, and all of them while there are few enough. */
export declare class LatencyStats {
    readonly histogram: LatencyHistogram;
    private samples;
    add(ms: number): void;
    get count(): number;
    /** How the percentiles were found: from every sample, or from the histogram. */
    get method(): "exact" | "histogram";
    /** min, mean, p50, p90, p99, max in ms, two decimals (the official CLI's shape); null with no sample. */
    summary(): LatencyMs | null;
}
export declare const round2: (n: number) => number;

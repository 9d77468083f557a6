import { type LoadSummary, type Verdict } from "./summary";
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
/** Every check the limits ask for, each with what it found; a run fails when one did not pass. */
export declare function loadVerdicts(s: LoadSummary, l: LoadLimits): Verdict[];
/**
 * A saved summary from any of the shapes a run prints: `--format json` (`{ "result": … }`, ours
 * or the official CLI's), the text output (the summary itself), or the page's download.
 */
export declare function baselineFrom(json: unknown): {
    ok: true;
    summary: LoadSummary;
} | {
    ok: false;
    message: string;
};

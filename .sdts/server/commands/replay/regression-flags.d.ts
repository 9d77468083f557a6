import type { FlagSpec } from "../flag-spec";
import type { FailOn } from "../../../lib/surface/regression";
export type { FailOn };
/** What replay and `test` judge a recorded answer by, beside the answer itself (issue 64). */
export interface RegressionArgs {
    failOn: FailOn;
    latencyFactor?: number;
    latencyMinMs?: number;
}
/** `--fail-on` and the latency bound, the same for `replay` and `test`. */
export declare const REGRESSION_FLAGS: readonly FlagSpec<RegressionArgs>[];
/** The bound the flags set, over the defaults (a collection's own `latency:` wins over both). */
export declare function latencyBoundOf(a: RegressionArgs, base?: {
    factor: number;
    minMs: number;
}): {
    factor: number;
    minMs: number;
};

import type { FlagGroup } from "../flag-spec";
import { type CliArgs } from "../cli/flags";
/** `inspector --cli … --method tools/call --tool-name N --load`: the official CLI's load flags, and ours beyond them. */
export interface LoadArgs extends CliArgs {
    load: boolean;
    concurrency?: number;
    durationSec?: number;
    requests?: number;
    rate?: number;
    warmup: number;
    maxP99Ms?: number;
    maxErrorRate?: number;
    baseline?: string;
    /** Percent a baseline comparison allows before it counts as a regression. */
    tolerancePct: number;
    /** The official CLI's --format (text, json), and junit: a JUnit report of the run's checks. */
    loadFormat: "text" | "json" | "junit";
    /** --load-export locust FILE.py: write the run as a locustfile instead of running it. */
    loadExport?: {
        format: "locust";
        file?: string;
    };
}
export declare const DEFAULT_TOLERANCE_PCT = 20;
export declare const LOAD_FLAGS: FlagGroup<LoadArgs>;
export declare const LOAD_CHECK_FLAGS: FlagGroup<LoadArgs>;
export declare const LOAD_FORMAT_FLAGS: FlagGroup<LoadArgs>;
export declare function validateLoad(a: LoadArgs): void;

import type { CommonArgs } from "../command";
/** `inspector load-check SUMMARY [limits]`: a saved load summary judged as a `--load` run judges its own. */
export interface LoadCheckArgs extends CommonArgs {
    summary?: string;
    maxP99Ms?: number;
    maxErrorRate?: number;
    baseline?: string;
    tolerancePct: number;
    format: "text" | "json" | "junit";
    quiet: boolean;
}

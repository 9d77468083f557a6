import type { CollectionRun, StepResult } from "../../../lib/collections/result";
/** One collection's outcome: its run per era (one, or legacy and modern with --protocol-era both), or why it could not connect. */
export interface FileOutcome {
    file: string;
    /** Each step's line in the file (for CI annotations). */
    lines: number[];
    /** The collection's own `target:` that was started, as written and escaped (absent when the command line named the target). */
    target?: string;
    runs: Array<{
        era?: "legacy" | "modern";
        run?: CollectionRun;
        connectError?: string;
    }>;
}
export interface Totals {
    passed: number;
    failed: number;
    errors: number;
    skipped: number;
    unreachable: number;
}
export declare function totalsOf(files: readonly FileOutcome[]): Totals;
/** Why a step did not pass, one line each: the failed expectations' path, expected and actual. */
export declare function whyLines(s: StepResult): string[];
export declare function formatText(files: readonly FileOutcome[]): string;
export declare function summary(t: Totals): string;
export declare function formatJson(files: readonly FileOutcome[]): string;
export declare function formatJunit(files: readonly FileOutcome[]): string;
/** TAP 13: one test point per step (per era), a YAML block with what failed. */
export declare function formatTap(files: readonly FileOutcome[]): string;
/** GitHub Actions workflow commands: one `::error` per failed step, pointing at its line. */
export declare function githubAnnotations(files: readonly FileOutcome[]): string[];

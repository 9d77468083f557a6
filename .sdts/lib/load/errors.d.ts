import type { ErrorCount } from "./summary";
export declare const OTHER_ERRORS = "(other)";
/** Errors grouped by message, most frequent first; bounded however many distinct messages arrive. */
export declare class ErrorTally {
    private readonly counts;
    private other;
    add(message: string): void;
    entries(): ErrorCount[];
}

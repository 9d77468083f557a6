/** Says `line` unless a line of the same `key` (the kind of problem) was said before. */
export declare function warnOnce(line: string, key?: string): void;
/** In the export's worker thread: lines go to the main thread, which says them (once for the process). */
export declare function sendWarningsTo(post: (line: string, key: string) => void): void;
/** For tests: every kind of problem may be said again. */
export declare function forgetWarnings(): void;

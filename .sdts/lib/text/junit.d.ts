/** One test case: passed (with optional output), failed, in error, or skipped. */
export interface JunitCase {
    classname: string;
    name: string;
    failure?: {
        type: string;
        message: string;
        body?: string;
    };
    error?: {
        message: string;
    };
    skipped?: {
        message: string;
    };
    /** Shown as the case's system-out; multi-line text keeps its lines. */
    output?: string;
}
export interface JunitSuite {
    name: string;
    cases: JunitCase[];
}
/**
 * The JUnit XML document of these suites, its counts taken from the cases. Every string goes
 * through `visible()` (a CI log viewer may render terminal escapes and bidi controls as a terminal
 * would), so no character XML 1.0 forbids (NUL, ESC, BEL, lone surrogates, U+FFFE) reaches the output.
 */
export declare function junitXml(name: string, suites: JunitSuite[]): string;

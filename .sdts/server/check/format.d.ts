import type { CheckReport } from "./result";
/**
 * Plain text for a person: what was checked, what failed, the findings, a summary line. Each line
 * goes through `visible()`: tool names, error messages and serverInfo are the server's, and an
 * escape sequence in one could clear the line, print a fake "PASS" or write the clipboard.
 */
export declare function formatText(r: CheckReport): string;
/** The report as JSON; the data is the server's, escaped (see inertJson) so a terminal showing it runs nothing. */
export declare function formatJson(r: CheckReport): string;
/** JUnit XML: one suite of probes, one of lint findings (one case per finding, naming all its places). */
export declare function formatJunit(r: CheckReport): string;

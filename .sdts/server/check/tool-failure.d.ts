/** An exception seen on stderr: which runtime's, and the line that says what it was. */
export interface StderrException {
    runtime: string;
    /** The report's telling line, trimmed, at most 300 characters. */
    quote: string;
}
/** The exception reported in these stderr lines (those written while one call ran), if any. */
export declare function exceptionOnStderr(lines: readonly string[]): StderrException | undefined;
/** What an isError text says of the tool, when an SDK wrote it: its output broke the schema, or it raised. */
export declare function sdkFailureText(text: string, tool: string, hasOutputSchema: boolean): {
    kind: "output-schema";
} | {
    kind: "raised";
    sdk: string;
} | undefined;
/** The text of a result's text blocks, joined (what a person reads of an isError answer). */
export declare function resultText(result: unknown): string;

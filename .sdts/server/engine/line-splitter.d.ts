/**
 * Splits a byte stream into lines without assuming anything about their content: lines may be
 * huge, may not be UTF-8, may end in \r\n. A line over `maxLineBytes` is reported as such and
 * skipped up to its newline instead of growing memory without bound.
 */
export interface LineSplitterHandlers {
    line(text: string, bytes: number, validUtf8: boolean): void;
    overlong(bytes: number, head: string): void;
}
export declare class LineSplitter {
    private readonly handlers;
    private readonly maxLineBytes;
    private chunks;
    private pending;
    private skipping;
    private skippedHead;
    /** True while push hands over lines of a span already known to be valid UTF-8. */
    private spanValid;
    constructor(handlers: LineSplitterHandlers, maxLineBytes?: number);
    push(chunk: Buffer): void;
    /** Flush a last line that had no newline (the stream ended). */
    end(): void;
    /** Bytes `from`..`to` of `chunk`: a whole line, its end (`complete`), or a part still open. */
    private take;
    private decode;
}

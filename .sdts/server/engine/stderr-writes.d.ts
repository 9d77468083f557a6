/**
 * Turns a target's stderr into entries the way it was written: the complete lines of one write
 * (one `data` chunk) become one entry, so a stack trace printed at once reads as one; a line
 * still open is flushed when the stream ends or after a short idle.
 */
export declare class StderrWrites {
    private readonly emit;
    private lines;
    private idle;
    private open;
    private readonly splitter;
    constructor(emit: (text: string) => void);
    push(chunk: Buffer): void;
    /** The stream ended (or went idle inside a line): what is left becomes an entry. */
    end(): void;
    private flushLines;
}

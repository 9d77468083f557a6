/** A file's text, read in chunks up to `max` bytes; past that it throws, having read no more. */
export declare function readTextFileBounded(file: string, max: number, what?: string): string;
/**
 * A response body's text, read up to `max` bytes; the rest is not read (the stream is
 * cancelled), and `truncated` says so. Bytes, not characters: the bound is memory.
 */
export declare function readBodyBounded(res: Response, max: number): Promise<{
    text: string;
    truncated: boolean;
}>;

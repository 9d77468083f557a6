/**
 * Pure helpers to show large payloads without putting them whole into the DOM: a text is shown
 * up to a cap, a JSON value is shown with its long strings and arrays clipped. The work is
 * bounded by what is shown, not by the payload's size (a 20 MiB result costs the same as 64 KiB).
 */
/** How much text a view puts in the DOM before it offers "Show more" and "Download". */
export declare const PREVIEW_CHARS: number;
/** Beyond this (bytes on the wire), a value is shown clipped rather than in an editor. */
export declare const BIG_BYTES: number;
/** The first `limit` characters, without splitting a surrogate pair, and how many were left out. */
export declare function headOf(text: string, limit?: number): {
    head: string;
    rest: number;
};
export interface ClipOptions {
    /** Longest string kept whole (characters). */
    maxString?: number;
    /** Most array items and object keys kept per container. */
    maxItems?: number;
    /** Deepest level kept. */
    maxDepth?: number;
    /** Most values kept in all; past it, containers are left out. */
    maxNodes?: number;
}
/**
 * A copy of a JSON value small enough to show: strings longer than `maxString` are cut and end
 * in "… [N more characters]", long arrays and objects end in a note of what was left out.
 * `clipped` says whether anything was. The cost is bounded by what is kept.
 */
export declare function clipJson(value: unknown, opts?: ClipOptions): {
    value: unknown;
    clipped: boolean;
};
/** Pretty JSON of a value for a view: clipped (see clipJson) and capped at PREVIEW_CHARS. */
export declare function previewJson(value: unknown, opts?: ClipOptions): {
    text: string;
    clipped: boolean;
};
/** Decoded size in bytes of base64 data, without copying it (whitespace ignored). */
export declare function base64Size(data: string): number;
/** The base64 characters that encode the first `bytes` bytes (a multiple of 4, whitespace removed). */
export declare function base64Head(data: string, bytes: number): string;
/** "12.3 KiB" / "19.9 MiB" for a count of characters or bytes. */
export declare function formatKiB(n: number): string;

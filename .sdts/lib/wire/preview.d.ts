/** A preview bigger than this (characters of JSON) is not worth sending: the reply goes without one. */
export declare const MAX_PREVIEW_CHARS: number;
/**
 * A bounded preview of a big result (outcomes.ts `preview`): the same shape, each string longer
 * than `maxString` cut to its head (never inside a surrogate pair). Undefined when nothing was cut
 * or when what is left is still big (many small parts): the page then waits for the whole.
 * Cost: a walk of the result's structure, not a copy of its long strings.
 */
export declare function previewOf(result: unknown, maxString?: number, maxChars?: number): unknown;

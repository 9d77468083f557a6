/**
 * A small JSON path: `$`, `.name`, `[0]`, `[-1]` (from the end), `['a key']` / `["a key"]`. Enough
 * to point at a field of a result; no filters or wildcards, so a path names one value or none.
 */
export type PathSegment = string | number;
/** The path's segments, or an Error saying what is wrong with it. */
export declare function parsePath(path: string): PathSegment[] | Error;
/** The value at the path, and whether there is one (a present `null` is found). */
export declare function valueAtPath(root: unknown, path: string): {
    found: boolean;
    value?: unknown;
    error?: string;
};
/** Structural equality of JSON values (key order ignored). */
export declare function jsonEqual(a: unknown, b: unknown): boolean;

/**
 * How two texts differ, for a person reading a replay or a CI log (issue 36 item 7: both sides of
 * a changed text were cut at the same 77 characters, so the diff showed two identical prefixes).
 */
/**
 * A line-by-line diff: `  ` kept, `- ` only before, `+ ` only after, with `context` kept lines
 * around each change and `…` for what is left out between.
 */
export declare function lineDiff(before: string, after: string, context?: number): string[];
/**
 * Two one-line values shown where they differ: the common start folded to `…` so the part that
 * changed is what fits in `width`.
 */
export declare function aroundDifference(before: string, after: string, width?: number): [string, string];

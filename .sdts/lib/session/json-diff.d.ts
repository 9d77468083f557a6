/**
 * Structural JSON diff with paths in the `$.a.b[0]` form, and the normalization replay uses
 * so that values that change on every run (ids, progress tokens, timestamps) do not count.
 */
export interface DiffOp {
    path: string;
    op: "added" | "removed" | "changed";
    before?: unknown;
    after?: unknown;
}
export declare function diffJson(before: unknown, after: unknown, path?: string, out?: DiffOp[]): DiffOp[];
/**
 * Parse an ignore path: `$.result.content[0].text`, `$..timestamp` (any depth), `[*]` and `.*`
 * wildcards. Returns a matcher over the paths diffJson produces.
 */
export declare function pathMatcher(pattern: string): (path: string) => boolean;
/** Keys whose values differ from run to run by nature: the one rule's list (variation.ts). */
export declare const VOLATILE_KEYS: ReadonlySet<string>;
/** Replace volatile values with placeholders so two runs can be compared: the one rule, variation.ts. */
export declare function normalizeVolatile(v: unknown, key?: string): unknown;
/**
 * The ignore matchers for the answer to one request: every bare path (`$..timestamp`), and each
 * learned mask (`tools/call get-time $.result.content[0].text`, from `replay --runs 2
 * --save-ignores`) only on the request it was seen on.
 */
export declare function ignoresFor(patterns: readonly string[], method: string, params: unknown): Array<(path: string) => boolean>;
/**
 * Request params without `_meta.progressToken` (and without `_meta` when that was all of it):
 * a recorded token belonged to the old connection, and whether a client asks for progress does
 * not change what it asks. Replay and the mock compare and resend requests through this.
 */
export declare function withoutProgressToken<P extends Record<string, unknown> | undefined>(params: P): P;
/**
 * Params without the 2026-07-28 envelope (the `_meta` keys MCP reserves, `io.modelcontextprotocol/*`:
 * the protocol version, who the client is, what it offers; the one set, era-fields.ts): another client, or the engine in another era, asks
 * the same thing with its own. Replay resends and the mock matches requests through this.
 */
export declare function withoutEnvelope<P extends Record<string, unknown> | undefined>(params: P): P;

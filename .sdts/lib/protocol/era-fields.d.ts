/**
 * True for a `_meta` key MCP reserves. The one era-neutral key set: results (withoutEraFields) and
 * requests (lib/session/json-diff.ts's withoutEnvelope: the 2026-07-28 envelope a client adds to
 * every request) both leave these out when they compare.
 */
export declare function isReservedMetaKey(k: string): boolean;
/** A `_meta` without the keys MCP reserves; undefined when nothing else is left. */
export declare function withoutReservedMeta(meta: Record<string, unknown>): Record<string, unknown> | undefined;
/**
 * A result without the fields of the 2026-07-28 era that a 2025-11-25 result never has
 * (MCP 2026-07-28 basic): `resultType: "complete"`, the cache hints `ttlMs` and `cacheScope`, and
 * the reserved `_meta` keys (serverInfo rides on every result); an emptied `_meta` goes too. Any
 * other resultType is kept: it says the answer is not a final one. What a correct server answers
 * in both eras is then the same value, so one snapshot or one `toEqual` holds for both.
 */
export declare function withoutEraFields(result: unknown): unknown;

import { isObject } from "../json/shape";

/** The `_meta` keys MCP reserves for its own use (`io.modelcontextprotocol/serverInfo`, …): the protocol's envelope, not the answer. */
const RESERVED_META = /^io\.modelcontextprotocol\//;

/**
 * True for a `_meta` key MCP reserves. The one era-neutral key set: results (withoutEraFields) and
 * requests (lib/session/json-diff.ts's withoutEnvelope: the 2026-07-28 envelope a client adds to
 * every request) both leave these out when they compare.
 */
export function isReservedMetaKey(k: string): boolean {
  return RESERVED_META.test(k);
}

/** A `_meta` without the keys MCP reserves; undefined when nothing else is left. */
export function withoutReservedMeta(meta: Record<string, unknown>): Record<string, unknown> | undefined {
  const kept = Object.entries(meta).filter(([k]) => !RESERVED_META.test(k));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * A result without the fields of the 2026-07-28 era that a 2025-11-25 result never has
 * (MCP 2026-07-28 basic): `resultType: "complete"`, the cache hints `ttlMs` and `cacheScope`, and
 * the reserved `_meta` keys (serverInfo rides on every result); an emptied `_meta` goes too. Any
 * other resultType is kept: it says the answer is not a final one. What a correct server answers
 * in both eras is then the same value, so one snapshot or one `toEqual` holds for both.
 */
export function withoutEraFields(result: unknown): unknown {
  if (!isObject(result)) return result;
  const { resultType, ttlMs: _ttl, cacheScope: _scope, _meta, ...rest } = result;
  const out: Record<string, unknown> = rest;
  if (resultType !== undefined && resultType !== "complete") out.resultType = resultType;
  if (isObject(_meta)) {
    const kept = withoutReservedMeta(_meta);
    if (kept) out._meta = kept;
  } else if (_meta !== undefined) out._meta = _meta;
  return out;
}

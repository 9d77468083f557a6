/**
 * The one `$ref` resolver for JSON Schemas (tool forms, sample arguments, schema diff): local
 * JSON Pointers only (`#`, `#/$defs/a~1b`), chains followed with a cycle guard, and the keywords
 * beside a `$ref` kept, as JSON Schema 2019-09 and later allow (draft-07 ignored them; keeping
 * them is what a 2020-12 validator does, and MCP schemas default to 2020-12).
 */
import { isObject, type JsonObject } from "./shape";

/** Why a `$ref` could not be followed here. */
export type UnresolvedReason =
  /** Not `#…`: another document, which nothing here fetches. */
  | "remote"
  /** `#name`: a plain-name fragment (`$anchor`), not a JSON Pointer. */
  | "anchor"
  /** The pointer names nothing in the document (or something that is not a schema). */
  | "missing"
  /** The chain comes back to a `$ref` it already followed. */
  | "cycle";

export type Resolved = { ok: true; schema: JsonObject } | { ok: false; ref: string; reason: UnresolvedReason };

/** Longest chain followed; longer is treated as a cycle (a bound, not a limit real schemas reach). */
const MAX_HOPS = 64;

/**
 * `schema` with its `$ref` chain followed inside `root`: the target with the referring schema's
 * other keywords laid over it (the nearer `$ref`'s win). A schema without `$ref` is itself.
 * A boolean target is its object form (`true` is `{}`, `false` is `{ not: {} }`).
 */
export function resolveRef(schema: JsonObject, root: unknown): Resolved {
  const seen = new Set<string>();
  const layers: JsonObject[] = [];
  let node = schema;
  for (;;) {
    const ref = node.$ref;
    if (typeof ref !== "string") break;
    if (seen.has(ref) || seen.size >= MAX_HOPS) return { ok: false, ref, reason: "cycle" };
    seen.add(ref);
    const target = pointer(ref, root);
    if (typeof target === "string") return { ok: false, ref, reason: target };
    const { $ref: _ref, ...siblings } = node;
    layers.push(siblings);
    node = target;
  }
  let out = node;
  for (let i = layers.length - 1; i >= 0; i--) out = { ...out, ...layers[i] };
  return { ok: true, schema: out };
}

/** `schema` resolved as resolveRef does; undefined when it is no object or its `$ref` cannot be followed. */
export function derefSchema(schema: unknown, root: unknown): JsonObject | undefined {
  if (!isObject(schema)) return undefined;
  const r = resolveRef(schema, root);
  return r.ok ? r.schema : undefined;
}

/** What a local `$ref` points at in `root` (RFC 6901, with its URI-fragment encoding), or why not. */
function pointer(ref: string, root: unknown): JsonObject | Exclude<UnresolvedReason, "cycle"> {
  if (!ref.startsWith("#")) return "remote";
  const fragment = ref.slice(1);
  if (fragment !== "" && !fragment.startsWith("/")) return "anchor";
  let node: unknown = root;
  for (const raw of fragment === "" ? [] : fragment.slice(1).split("/")) {
    let part: string;
    try {
      part = decodeURIComponent(raw);
    } catch {
      return "missing";
    }
    part = part.replace(/~1/g, "/").replace(/~0/g, "~");
    // Own members only: `#/constructor` names nothing in the document.
    if (isObject(node) && Object.hasOwn(node, part)) node = node[part];
    else if (Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(part)) node = node[Number(part)];
    else return "missing";
  }
  if (node === true) return {};
  if (node === false) return { not: {} };
  return isObject(node) ? node : "missing";
}

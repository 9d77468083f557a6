/**
 * Pure helpers around a tool's inputSchema: which JSON Schema dialect it speaks, and the
 * arguments a filled form really means (optional fields left empty are omitted).
 */
export type Dialect = "2020-12" | "draft-07";

const OLD_DRAFT = /^https?:\/\/json-schema\.org\/draft-0[4-7]\/schema#?$/;

/** MCP 2025-11-25: schemas without `$schema` are JSON Schema 2020-12. */
export function dialectOf(schema: unknown): Dialect {
  const s = (schema as { $schema?: unknown } | null)?.$schema;
  return typeof s === "string" && OLD_DRAFT.test(s) ? "draft-07" : "2020-12";
}

type Schema = Record<string, unknown>;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Follows local `$ref`s (#/$defs/…, #/definitions/…) against the root schema. */
export function resolveRef(schema: unknown, root: unknown, depth = 0): Schema | undefined {
  if (!isObject(schema)) return undefined;
  const ref = schema.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#") || depth > 32) return schema;
  let node: unknown = root;
  for (const raw of ref.slice(1).split("/").filter(Boolean)) {
    const part = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[part] : undefined;
  }
  return resolveRef(node, root, depth + 1);
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
}

/**
 * The arguments a form means: optional properties that are empty (undefined, null, "", [] or
 * an object left empty) are dropped, recursively; required ones are kept as they are so that
 * validation can say what is missing. Array items are kept (a person added them).
 */
export function pruneArgs(value: unknown, schema: unknown, root: unknown = schema): unknown {
  const s = resolveRef(schema, root);
  if (Array.isArray(value)) {
    const items = s && (isObject(s.items) ? s.items : undefined);
    return value.map((v) => pruneArgs(v, items, root));
  }
  if (!isObject(value)) return value;
  const required = new Set<string>();
  const props: Record<string, unknown> = {};
  // Properties and requirements may come from the schema itself or from allOf parts.
  for (const part of [s, ...(Array.isArray(s?.allOf) ? s.allOf.map((p) => resolveRef(p, root)) : [])]) {
    if (!part) continue;
    if (Array.isArray(part.required)) for (const r of part.required) if (typeof r === "string") required.add(r);
    if (isObject(part.properties)) Object.assign(props, part.properties);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const pruned = pruneArgs(v, props[k], root);
    if (!required.has(k) && isEmpty(pruned)) continue;
    if (pruned === undefined) continue;
    out[k] = pruned;
  }
  return out;
}

const SUBSCHEMA_MAPS = ["properties", "$defs", "definitions", "patternProperties"] as const;
const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
const SUBSCHEMA_ONES = ["items", "additionalProperties", "not", "if", "then", "else", "contains"] as const;

/**
 * A copy of the schema with what a form generator needs spelled out: a `type` on enums and
 * on titled enums (`oneOf` of `const` + `title`), which JSON Schema lets a server leave
 * implicit. Validation is unchanged: the added type is the type of the listed values.
 */
export function normalizeSchema(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  const s: Schema = { ...schema };
  for (const key of SUBSCHEMA_MAPS) {
    if (isObject(s[key])) s[key] = Object.fromEntries(Object.entries(s[key] as Schema).map(([k, v]) => [k, normalizeSchema(v)]));
  }
  for (const key of SUBSCHEMA_LISTS) if (Array.isArray(s[key])) s[key] = (s[key] as unknown[]).map(normalizeSchema);
  for (const key of SUBSCHEMA_ONES) if (isObject(s[key])) s[key] = normalizeSchema(s[key]);
  if (s.type === undefined) {
    const branches = (Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined) as unknown[] | undefined;
    const values = Array.isArray(s.enum)
      ? s.enum
      : branches?.length && branches.every((b) => isObject(b) && "const" in b)
        ? branches.map((b) => (b as Schema).const)
        : undefined;
    const t = values && typeOfAll(values);
    if (t) s.type = t;
  }
  return s;
}

function typeOfAll(values: unknown[]): string | undefined {
  const types = new Set(values.map((v) => (v === null ? "null" : Number.isInteger(v) ? "integer" : typeof v)));
  if (types.size === 2 && types.has("integer") && types.has("number")) return "number";
  if (types.size !== 1) return undefined;
  const [t] = types;
  return ["string", "integer", "number", "boolean"].includes(t) ? t : undefined;
}

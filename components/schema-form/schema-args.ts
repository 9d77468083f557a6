/**
 * Pure helpers around a tool's inputSchema: which JSON Schema dialect it speaks, and the
 * arguments a filled form really means (optional fields left empty are omitted).
 */
import { derefSchema } from "../../lib/json/ref";
import { asRecord, isObject, type JsonObject } from "../../lib/json/shape";

export type Dialect = "2020-12" | "draft-07";

const OLD_DRAFT = /^https?:\/\/json-schema\.org\/draft-0[4-7]\/schema#?$/;

/** MCP 2025-11-25: schemas without `$schema` are JSON Schema 2020-12. */
export function dialectOf(schema: unknown): Dialect {
  const s = asRecord(schema).$schema;
  return typeof s === "string" && OLD_DRAFT.test(s) ? "draft-07" : "2020-12";
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
  const s = derefSchema(schema, root);
  if (Array.isArray(value)) {
    const items = s && (isObject(s.items) ? s.items : undefined);
    return value.map((v) => pruneArgs(v, items, root));
  }
  if (!isObject(value)) return value;
  const required = new Set<string>();
  const props: Record<string, unknown> = {};
  // Properties and requirements may come from the schema itself or from allOf parts.
  for (const part of [s, ...(Array.isArray(s?.allOf) ? s.allOf.map((p) => derefSchema(p, root)) : [])]) {
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
 * implicit, and a title on each untitled oneOf/anyOf branch (so the choice is not "Option 1").
 * Validation is unchanged: the added type is the type of the listed values, titles are notes.
 */
export function normalizeSchema(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  const s: JsonObject = { ...schema };
  for (const key of SUBSCHEMA_MAPS) {
    const map = s[key];
    if (isObject(map)) s[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, normalizeSchema(v)]));
  }
  for (const key of SUBSCHEMA_LISTS) {
    const list = s[key];
    if (Array.isArray(list)) s[key] = list.map(normalizeSchema);
  }
  for (const key of SUBSCHEMA_ONES) if (isObject(s[key])) s[key] = normalizeSchema(s[key]);
  for (const key of ["oneOf", "anyOf"] as const) {
    const list = s[key];
    if (Array.isArray(list)) s[key] = labelBranches(list);
  }
  if (s.type === undefined) {
    const branches: unknown[] | undefined = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined;
    const consts = branches?.length ? branches.filter(isObject).filter((b) => "const" in b) : [];
    const values = Array.isArray(s.enum)
      ? s.enum
      : branches?.length && consts.length === branches.length
        ? consts.map((b) => b.const)
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

/**
 * Titles for untitled oneOf/anyOf branches, from what tells them apart: a property's const (a
 * discriminator, `kind: circle`), the $ref's name, the const, or the type (with an object's
 * required properties). A titled enum's branches (const + title) are left as they are.
 */
function labelBranches(branches: unknown[]): unknown[] {
  if (branches.every((b) => isObject(b) && "const" in b && typeof b.title === "string")) return branches;
  const labels = branches.map((b) => (isObject(b) && typeof b.title === "string" ? b.title : branchLabel(b)));
  return branches.map((b, i) => {
    if (!isObject(b) || typeof b.title === "string" || !labels[i]) return b;
    const clash = labels.filter((l) => l === labels[i]).length > 1;
    return { ...b, title: clash ? `${labels[i]} (${i + 1})` : labels[i] };
  });
}

function branchLabel(b: unknown): string | undefined {
  if (!isObject(b)) return undefined;
  if (isObject(b.properties)) {
    for (const [k, v] of Object.entries(b.properties)) if (isObject(v) && "const" in v) return `${k}: ${String(v.const)}`;
  }
  if (typeof b.$ref === "string") return decodeURIComponent(b.$ref.split("/").pop() ?? "") || undefined;
  if ("const" in b) return JSON.stringify(b.const);
  const type = Array.isArray(b.type) ? b.type.join(" or ") : typeof b.type === "string" ? b.type : undefined;
  if (type === "object") {
    const names = Array.isArray(b.required) && b.required.length ? b.required : isObject(b.properties) ? Object.keys(b.properties) : [];
    return names.length ? `object (${names.slice(0, 3).join(", ")}${names.length > 3 ? ", …" : ""})` : "object";
  }
  if (type === "array" && isObject(b.items) && typeof b.items.type === "string") return `array of ${b.items.type}`;
  return type;
}

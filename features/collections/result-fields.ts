/**
 * The fields of a step's result a person can pick to make an expectation of, as JSON paths the
 * collection format reads (`$.content[0].text`). Bounded: a 20 MiB result lists its first fields,
 * not all of them.
 */

export interface ResultField {
  path: string;
  /** How deep it is, for indenting (the root is 0). */
  depth: number;
  type: JsonType;
  value: unknown;
}

export type JsonType = "string" | "number" | "integer" | "boolean" | "null" | "array" | "object";

const MAX_FIELDS = 300;
const MAX_DEPTH = 8;
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$.a`, `$["a b"]`, `$.a[0]`: a key that is no identifier is quoted in brackets. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  return IDENT.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

export function jsonType(v: unknown): JsonType {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "string") return "string";
  return "object";
}

/** Every field of the result, depth first in the order the server sent them, up to a bound. */
export function resultFields(result: unknown): { fields: ResultField[]; clipped: boolean } {
  const fields: ResultField[] = [];
  let clipped = false;
  const walk = (value: unknown, path: string, depth: number) => {
    if (fields.length >= MAX_FIELDS) return void (clipped = true);
    fields.push({ path, depth, type: jsonType(value), value });
    if (depth >= MAX_DEPTH || value === null || typeof value !== "object") return;
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [k, v] of entries) walk(v, childPath(path, k), depth + 1);
  };
  walk(result, "$", 0);
  return { fields, clipped };
}

/** "Expect this value": the field equals what it is now. */
export function expectValue(field: ResultField): Record<string, unknown> {
  return { path: field.path, equals: field.value };
}

/**
 * "Expect this type": the field is of this JSON type (a number that is whole now may be a
 * fraction later, so `number`, not `integer`).
 */
export function expectType(field: ResultField): Record<string, unknown> {
  return { path: field.path, schema: { type: field.type === "integer" ? "number" : field.type } };
}

/** "Snapshot": the whole result, kept beside the collection with volatile fields masked. */
export function expectSnapshot(): Record<string, unknown> {
  return { snapshot: true };
}

/** A short text of a value for the picker's row. */
export function valuePreview(v: unknown, max = 60): string {
  if (Array.isArray(v)) return `[${v.length} item${v.length === 1 ? "" : "s"}]`;
  if (v && typeof v === "object") return `{${Object.keys(v).length} key${Object.keys(v).length === 1 ? "" : "s"}}`;
  const text = JSON.stringify(v) ?? String(v);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

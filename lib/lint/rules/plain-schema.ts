import { isObject } from "../../json/shape";

// Which tool schemas the lint may call valid JSON Schema without compiling them (issue 49): those
// made only of the plain keywords below, each holding a value of the shape both meta-schemas
// (draft-07 and 2020-12) require. Ajv compiles every such schema (test/lint/plain-schema.test.ts
// holds each keyword to Ajv), so the test library's first call need not load Ajv and RE2
// (580 KiB) to lint the usual zod-made inputSchema. Anything else (a pattern, a format, a $ref,
// an $id, a keyword not listed, a value of another shape) still goes to Ajv: this list may only
// say "valid" where Ajv would, never judge a schema invalid.

const SIMPLE_TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);
/** The dialects Ajv reads with its own meta-schemas, as the tools rule picks them by `$schema`. */
const DIALECTS = new Set([
  "http://json-schema.org/draft-07/schema#",
  "http://json-schema.org/draft-07/schema",
  "https://json-schema.org/draft/2020-12/schema",
]);
/** Deeper than this goes to Ajv: a bound on the walk, not a judgement. */
const MAX_DEPTH = 32;

const isString = (v: unknown) => typeof v === "string";
const isNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);
const isScalar = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);
const isCount = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;
const uniqueStrings = (v: unknown) => Array.isArray(v) && v.every(isString) && new Set(v).size === v.length;

/** Each plain keyword and what its value must be (a subschema's own check is `plainAt`). */
const KEYWORDS: Record<string, (v: unknown, depth: number) => boolean> = {
  type: (v) =>
    isString(v)
      ? SIMPLE_TYPES.has(v as string)
      : uniqueStrings(v) && (v as string[]).length > 0 && (v as string[]).every((t) => SIMPLE_TYPES.has(t)),
  title: isString,
  description: isString,
  $comment: isString,
  default: () => true,
  examples: Array.isArray,
  const: () => true,
  // Ajv refuses an empty enum and one listing a value twice; values other than strings, numbers,
  // booleans and null are left to it (telling two objects equal is its business).
  enum: (v) => Array.isArray(v) && v.length > 0 && v.every(isScalar) && new Set(v).size === v.length,
  minimum: isNumber,
  maximum: isNumber,
  exclusiveMinimum: isNumber,
  exclusiveMaximum: isNumber,
  multipleOf: (v) => isNumber(v) && (v as number) > 0,
  minLength: isCount,
  maxLength: isCount,
  minItems: isCount,
  maxItems: isCount,
  minProperties: isCount,
  maxProperties: isCount,
  uniqueItems: (v) => typeof v === "boolean",
  required: uniqueStrings,
  properties: (v, depth) => isObject(v) && Object.entries(v).every(([name, s]) => name !== "__proto__" && plainAt(s, depth + 1)),
  additionalProperties: (v, depth) => plainAt(v, depth + 1),
  // Only the one-schema form: 2020-12 moved the array form to prefixItems.
  items: (v, depth) => plainAt(v, depth + 1),
  not: (v, depth) => plainAt(v, depth + 1),
  anyOf: (v, depth) => Array.isArray(v) && v.length > 0 && v.every((s) => plainAt(s, depth + 1)),
  oneOf: (v, depth) => Array.isArray(v) && v.length > 0 && v.every((s) => plainAt(s, depth + 1)),
  allOf: (v, depth) => Array.isArray(v) && v.length > 0 && v.every((s) => plainAt(s, depth + 1)),
};

function plainAt(schema: unknown, depth: number): boolean {
  if (typeof schema === "boolean") return true;
  if (!isObject(schema) || depth > MAX_DEPTH) return false;
  return Object.entries(schema).every(([k, v]) => Object.hasOwn(KEYWORDS, k) && KEYWORDS[k](v, depth));
}

/**
 * True when `schema` is a JSON Schema object the lint can call valid without Ajv: plain keywords
 * only, and a `$schema` (at the root, if any) naming draft-07 or 2020-12. False means "ask Ajv",
 * not "invalid".
 */
export function isPlainSchema(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  const { $schema, ...rest } = schema;
  return ($schema === undefined || (isString($schema) && DIALECTS.has($schema as string))) && plainAt(rest, 0);
}

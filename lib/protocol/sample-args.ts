/**
 * A plausible argument object for a JSON Schema: defaults, first enum/const values, and small
 * values of the right type for required properties. Used by `check` to call tools it may call,
 * and to build arguments that break the schema on purpose.
 */
import { derefSchema } from "../json/ref";
import { asRecord, isStringArray, type JsonObject } from "../json/shape";

type Schema = JsonObject;

export function sampleFor(schema: unknown, root: unknown = schema, depth = 0): unknown {
  const s = derefSchema(schema, root);
  if (!s || depth > 6) return null;
  if ("default" in s) return s.default;
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  for (const key of ["oneOf", "anyOf"] as const) {
    const alts = s[key];
    if (Array.isArray(alts) && alts.length)
      return sampleFor(alts.find((a) => derefSchema(a, root)?.type !== "null") ?? alts[0], root, depth + 1);
  }
  if (Array.isArray(s.allOf) && s.allOf.length) return sampleFor(s.allOf[0], root, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "object":
      return sampleObject(s, root, depth);
    case "array": {
      const min = typeof s.minItems === "number" ? s.minItems : 0;
      return Array.from({ length: min }, () => sampleFor(s.items, root, depth + 1));
    }
    case "string":
      return sampleString(s);
    case "integer":
      return typeof s.minimum === "number" ? Math.ceil(s.minimum) : 1;
    case "number":
      return typeof s.minimum === "number" ? s.minimum : 1;
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return s.properties ? sampleObject(s, root, depth) : "test";
  }
}

function sampleObject(s: Schema, root: unknown, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = asRecord(s.properties);
  const required = isStringArray(s.required) ? s.required : [];
  for (const name of required) out[name] = sampleFor(props[name] ?? {}, root, depth + 1);
  return out;
}

function sampleString(s: Schema): string {
  switch (s.format) {
    case "uri":
    case "url":
      return "https://example.com/";
    case "email":
      return "test@example.com";
    case "date":
      return "2025-01-01";
    case "date-time":
      return "2025-01-01T00:00:00Z";
    case "uuid":
      return "00000000-0000-4000-8000-000000000000";
  }
  const min = typeof s.minLength === "number" ? s.minLength : 0;
  return "test".padEnd(min, "x");
}

/**
 * Arguments that break the schema: a required property missing, or a property of the wrong type.
 * A required property with a `default` is never the one left out: a server may fill the default
 * and rightly accept the call (@playwright/mcp's browser_console_messages and its `level`).
 */
export function invalidArgsFor(schema: unknown): Record<string, unknown> | undefined {
  const s = derefSchema(schema, schema);
  if (!s) return undefined;
  const props = asRecord(s.properties);
  const required = (isStringArray(s.required) ? s.required : []).filter((k) => !("default" in asRecord(props[k])));
  if (required.length) {
    const valid = sampleObject(s, schema, 0);
    delete valid[required[0]];
    return valid;
  }
  for (const [name, p] of Object.entries(props)) {
    const t = derefSchema(p, schema)?.type;
    if (t === "string") return { [name]: { not: "a string" } };
    if (t === "number" || t === "integer") return { [name]: "not a number" };
    if (t === "boolean") return { [name]: "not a boolean" };
    if (t === "array") return { [name]: "not an array" };
    if (t === "object") return { [name]: "not an object" };
  }
  return undefined;
}

/**
 * The JSON an arguments editor starts from: `{}` for a tool that requires nothing, else its
 * required properties filled with values of the right type (sampleFor), which the editor's schema
 * check passes and the person overwrites (issue 73: a tool requiring pizzaTopping started as `{}`).
 */
export function argsTemplateOf(schema: unknown): string {
  const sample = sampleFor(schema);
  const filled = sample && typeof sample === "object" && !Array.isArray(sample) && Object.keys(sample).length > 0;
  return filled ? JSON.stringify(sample, null, 2) : "{}";
}

import type { Severity } from "../finding";
import { type Rule } from "../rule";
import { isObject, type JsonObject } from "../../json/shape";

// Tool-schema portability: schemas that are valid JSON Schema 2020-12 (so no MCP MUST is broken)
// but that clients mapping tool schemas onto a model provider's narrower dialect reject or
// weaken. The rules, their severities and the walk are those of the official MCP Inspector
// 2.12.0 `--strict` (core/json/schemaLint.ts), so a server clean under one is clean under the
// other: boolean-schema is its only error (exit 6); the other three are warnings.

const JSON_SCHEMA_2020 = "https://json-schema.org/draft/2020-12";

export const BOOLEAN_SCHEMA: Rule = {
  id: "portability/boolean-schema",
  severity: "error",
  specUrl: `${JSON_SCHEMA_2020}/json-schema-core#section-4.3.2`,
  summary:
    "A bare `true` or `false` where a tool schema expects a subschema (outside additionalProperties, unevaluatedProperties, additionalItems, unevaluatedItems).",
};
export const TYPE_UNION: Rule = {
  id: "portability/type-union",
  severity: "warning",
  specUrl: `${JSON_SCHEMA_2020}/json-schema-validation#section-6.1.1`,
  summary: 'A tool schema\'s `type` is an array of types (`["string", "null"]`) instead of `anyOf` branches of one type each.',
};
export const REMOTE_REF: Rule = {
  id: "portability/remote-ref",
  severity: "warning",
  specUrl: `${JSON_SCHEMA_2020}/json-schema-core#section-8.2.3.1`,
  summary: "A tool schema's `$ref` points outside the document (not `#…`) and the document embeds no `$id` it could resolve against.",
};
export const UNTYPED_SCHEMA: Rule = {
  id: "portability/untyped-schema",
  severity: "warning",
  specUrl: `${JSON_SCHEMA_2020}/json-schema-core#section-4.3.2`,
  summary:
    "A tool subschema with no validation keyword at all (`{}` or only annotations), so it accepts any value; not judged directly under `not`.",
};

export const PORTABILITY_RULES: readonly Rule[] = [BOOLEAN_SCHEMA, TYPE_UNION, REMOTE_REF, UNTYPED_SCHEMA];

/** One portability problem of one tool schema, with where it is and what to write instead. */
export interface PortabilityFinding {
  rule: string;
  severity: Severity;
  specUrl: string;
  tool: string;
  schema: "inputSchema" | "outputSchema";
  /** Path inside the schema, "" for its root (e.g. `properties.when.anyOf[1]`). */
  path: string;
  /** What is wrong and why a client may reject it. */
  issue: string;
  suggestion: string;
}

// Keywords whose value is a subschema, an array of them, or a map of them (2020-12 and draft-07).
const SUBSCHEMA = [
  "items",
  "contains",
  "not",
  "propertyNames",
  "if",
  "then",
  "else",
  "additionalProperties",
  "unevaluatedProperties",
  "additionalItems",
  "unevaluatedItems",
  "contentSchema",
];
const SUBSCHEMA_ARRAY = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SUBSCHEMA_MAP = ["properties", "patternProperties", "dependentSchemas", "dependencies", "$defs", "definitions"];
/** Where a bare boolean is the ordinary spelling ("additionalProperties": false) and every dialect takes it. */
const BOOLEAN_OK = new Set(["additionalProperties", "unevaluatedProperties", "additionalItems", "unevaluatedItems"]);
/**
 * Keywords that constrain an instance. `if`/`then`/`else` are absent: they constrain only as a
 * pair, so `{"if": …}` alone accepts everything (checked apart).
 */
const CONSTRAINING = new Set([
  ...[
    "type",
    "enum",
    "const",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "format",
  ],
  ...[
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxContains",
    "minContains",
    "maxProperties",
    "minProperties",
  ],
  ...[
    "required",
    "dependentRequired",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "items",
    "prefixItems",
    "contains",
    "additionalItems",
    "unevaluatedItems",
  ],
  ...[
    "properties",
    "patternProperties",
    "additionalProperties",
    "unevaluatedProperties",
    "propertyNames",
    "dependentSchemas",
    "dependencies",
    "$ref",
    "$dynamicRef",
    "$recursiveRef",
  ],
]);
const TYPES = new Set(["null", "boolean", "object", "array", "number", "string", "integer"]);
/** Deeper than this is a pathological schema; the official stops at the same depth. */
const MAX_DEPTH = 64;

type Visit = (child: unknown, path: string, keyword: string) => void;

const child = (parent: string, key: string) =>
  /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? (parent ? `${parent}.${key}` : key) : `${parent}[${JSON.stringify(key)}]`;

function eachSubschema(node: JsonObject, path: string, visit: Visit): void {
  for (const k of SUBSCHEMA_MAP) {
    const map = node[k];
    if (isObject(map)) for (const [name, sub] of Object.entries(map)) visit(sub, child(child(path, k), name), k);
  }
  for (const k of SUBSCHEMA_ARRAY) {
    const arr = node[k];
    if (Array.isArray(arr)) arr.forEach((sub, i) => visit(sub, `${child(path, k)}[${i}]`, k));
  }
  for (const k of SUBSCHEMA) {
    if (!(k in node)) continue;
    const v = node[k];
    // draft-07 tuple form: "items": [schema, schema]
    if (k === "items" && Array.isArray(v)) v.forEach((sub, i) => visit(sub, `${child(path, k)}[${i}]`, k));
    else visit(v, child(path, k), k);
  }
}

/** A non-empty `$id` anywhere: a relative or absolute `$ref` may resolve against it inside the document. */
function embedsId(node: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || !isObject(node)) return false;
  if (typeof node.$id === "string" && node.$id !== "") return true;
  let found = false;
  eachSubschema(node, "", (sub) => (found ||= embedsId(sub, depth + 1)));
  return found;
}

type Add = (rule: Rule, path: string, issue: string, suggestion: string) => void;

const ANY_VALUE =
  'Declare what the value is, e.g. `{"type": "object", "additionalProperties": true}` for a free-form object (a change of contract: as written it accepts any JSON value).';

function checkNode(node: JsonObject, path: string, keyword: string | undefined, noIds: boolean, add: Add): void {
  const type = node.type;
  if (
    Array.isArray(type) &&
    type.length > 0 &&
    type.every((t) => typeof t === "string" && TYPES.has(t)) &&
    new Set(type).size === type.length
  ) {
    const branches = type.map((t) => `{"type": "${String(t)}"}`).join(", ");
    add(
      TYPE_UNION,
      path,
      `\`type\` is an array (${JSON.stringify(type)}): legal JSON Schema, but a client that maps tool schemas onto a single-\`type\` dialect (the OpenAPI subset of Gemini function declarations) may reject the tool or drop the constraint.`,
      `Split it into \`anyOf\` branches of one type each: \`{"anyOf": [${branches}]}\`.${type.includes("null") ? " (Making the property optional instead is another contract: absent is not null.)" : ""}`,
    );
  }
  const ref = node.$ref;
  if (noIds && typeof ref === "string" && ref !== "" && !ref.startsWith("#")) {
    add(
      REMOTE_REF,
      path,
      `\`$ref\` points outside this document (${JSON.stringify(ref)}): clients do not fetch remote schemas, so the constraint is dropped or the tool rejected.`,
      "Inline the referenced schema, or move it into `$defs` and reference it as `#/$defs/<name>`.",
    );
  }
  const constrains = Object.keys(node).some((k) => CONSTRAINING.has(k)) || ("if" in node && ("then" in node || "else" in node));
  // {"not": {}} is the object spelling of `false`: meaningful, not an accidental "anything".
  if (!constrains && keyword !== "not") {
    add(
      UNTYPED_SCHEMA,
      path,
      "The schema has no validation keyword, so it accepts any value (the object spelling of a bare `true`): clients that require a `type` reject the tool, and a model gets no hint what to send.",
      ANY_VALUE,
    );
  }
}

function walk(node: unknown, path: string, keyword: string | undefined, depth: number, noIds: boolean, add: Add): void {
  if (depth > MAX_DEPTH) return;
  if (typeof node === "boolean") {
    if (keyword !== undefined && BOOLEAN_OK.has(keyword)) return;
    const fix = !node
      ? 'Use `{"not": {}}`, the object form of `false` (deleting the entry would allow the value instead of forbidding it).'
      : keyword === "not"
        ? "Use `{}`, the object form of `true`: under `not` it is an exact replacement."
        : ANY_VALUE;
    add(
      BOOLEAN_SCHEMA,
      path,
      `A bare \`${String(node)}\` stands where a schema object is expected: valid JSON Schema, but clients that convert tool schemas for a model provider (OpenAPI-style subsets) accept only schema objects and reject the tool.`,
      fix,
    );
    return;
  }
  if (!isObject(node)) return;
  checkNode(node, path, keyword, noIds, add);
  eachSubschema(node, path, (sub, p, k) => walk(sub, p, k, depth + 1, noIds, add));
}

/** The portability findings of one tool's inputSchema and outputSchema (each only when present). */
export function toolSchemaFindings(tool: string, schemas: { inputSchema?: unknown; outputSchema?: unknown }): PortabilityFinding[] {
  const out: PortabilityFinding[] = [];
  for (const schema of ["inputSchema", "outputSchema"] as const) {
    const root = schemas[schema];
    if (root === undefined) continue;
    const add: Add = (rule, path, issue, suggestion) =>
      out.push({ rule: rule.id, severity: rule.severity, specUrl: rule.specUrl, tool, schema, path, issue, suggestion });
    walk(root, "", undefined, 0, !embedsId(root), add);
  }
  return out;
}

import { validateToolName } from "../../protocol/sdk";
import type { SchemaValidator } from "../../protocol/output-verdict";
import type { LintCheckers } from "../checkers";
import { isPlainSchema } from "./plain-schema";
import { SPEC, versionAtLeast } from "../spec";
import { brief, type Family, type MessageCtx, type Rule } from "../rule";
import { isObject } from "../../json/shape";
import { answersModernRequest } from "./modern-meta";

// Tools (MCP 2025-11-25 server/tools): inputSchema and outputSchema are JSON Schema objects
// with type "object" (2020-12 unless $schema names another dialect, basic#json-schema-usage);
// names are unique and SHOULD be 1–128 characters of [A-Za-z0-9_.-] (#tool-names, new in
// 2025-11-25, so only checked from that version on); "If an output schema is provided, servers
// MUST provide structured results that conform to this schema" (#output-schema).
// The tool list is the last complete listing (a tools/list without a cursor starts one; its
// pages add to it), so tools/call results are judged by the schema the client was shown.
// 2026-07-28 (changelog, minor 10) lets outputSchema be any JSON Schema and structuredContent any
// JSON value: for a modern request only inputSchema must be `"type": "object"`.

export const INVALID_SCHEMA: Rule = {
  id: "tools/invalid-schema",
  severity: "error",
  specUrl: SPEC.jsonSchemaUsage,
  summary: "A tool's inputSchema or outputSchema does not compile as JSON Schema (2020-12 unless its $schema says draft-07).",
};
export const SCHEMA_TYPE: Rule = {
  id: "tools/schema-type",
  severity: "error",
  specUrl: SPEC.toolSchemas,
  summary: 'A tool\'s inputSchema (and up to 2025-11-25 its outputSchema, when present) is an object schema with `"type": "object"`.',
};
export const DUPLICATE_NAME: Rule = {
  id: "tools/duplicate-name",
  severity: "error",
  specUrl: SPEC.toolNames,
  summary: "Two tools with the same name in one listing (across its pages too).",
};
export const NAME: Rule = {
  id: "tools/name",
  severity: "warning",
  specUrl: SPEC.toolNames,
  summary: "Tool names are 1–128 characters of A-Z a-z 0-9 _ - . (from protocol 2025-11-25).",
};
export const STRUCTURED_CONTENT: Rule = {
  id: "tools/structured-content",
  severity: "error",
  specUrl: SPEC.toolOutput,
  summary: "A tools/call result of a tool with an outputSchema carries structuredContent that conforms to it (unless isError).",
};

export const REQUIRED_DEFAULT: Rule = {
  id: "tools/required-default",
  severity: "warning",
  specUrl: "https://json-schema.org/draft/2020-12/json-schema-validation#section-9.2",
  summary:
    "A property of a tool's inputSchema is `required` and also declares a `default`: contradictory but harmless (a default is an annotation; the server may fill it when the argument is absent).",
};

/**
 * The inputSchema's top-level properties that are both required and given a default. JSON Schema's
 * `default` validates nothing, so such a schema is consistent, only confusing: @playwright/mcp's
 * browser_console_messages lists `level` as required with a default and accepts `{}`.
 */
export function requiredWithDefault(inputSchema: unknown): string[] {
  if (!isObject(inputSchema) || !Array.isArray(inputSchema.required) || !isObject(inputSchema.properties)) return [];
  const props = inputSchema.properties;
  return inputSchema.required.filter((k): k is string => typeof k === "string" && isObject(props[k]) && "default" in props[k]);
}

/** Compiled schemas by their JSON text: re-listings do not recompile, and Ajv never sees the same $id twice. */
const MAX_COMPILED = 1000;

/**
 * Whether linting this message may need the schema validator (Ajv and RE2): a tools listing with
 * a schema Ajv must compile (one not plain, ./plain-schema.ts) or a tool with an outputSchema (its
 * calls' structuredContent is validated). The live lint loads the validator before it lints such
 * a message; it must be true whenever the family below would call `validator()` for it.
 */
export function listingNeedsValidator(message: unknown): boolean {
  const tools = isObject(message) && isObject(message.result) ? message.result.tools : undefined;
  return (
    Array.isArray(tools) &&
    tools.some((t) => isObject(t) && ((t.inputSchema !== undefined && !isPlainSchema(t.inputSchema)) || t.outputSchema !== undefined))
  );
}

export function toolsFamily(checkers: Pick<LintCheckers, "schemaValidator">): Family {
  // Built on first use: two Ajv instances are not free, and many sessions list no tools.
  let made: SchemaValidator | undefined;
  const validator = () => (made ??= checkers.schemaValidator());
  const compiled = new Map<string, { schema: object; error?: Error; unchecked?: boolean }>();
  /** name -> outputSchema (the canonical compiled object) or null: tools of the current listing. */
  let tools = new Map<string, object | null>();
  /** name -> seq of the tools/list response that first listed it, in the current listing. */
  let listed = new Map<string, number>();

  const compile = (schema: object): { schema: object; error?: Error; unchecked?: boolean } => {
    // What Ajv would compile without a word; checked first so a plain listing never loads it.
    if (isPlainSchema(schema)) return { schema };
    const key = JSON.stringify(schema);
    let c = compiled.get(key);
    if (!c) {
      if (compiled.size >= MAX_COMPILED) compiled.clear();
      let v = validator().compile(schema);
      let canonical = schema;
      if (v instanceof Error && /already exists/.test(v.message) && "$id" in schema) {
        // Another tool's schema took this $id in the shared Ajv instance: each tool schema is
        // its own document, so judge this one without the $id rather than call it invalid.
        const { $id: _, ...rest } = schema as Record<string, unknown>;
        canonical = rest;
        v = validator().compile(canonical);
      }
      // A dialect Ajv does not know ($schema 2019-09, draft-04...) cannot be judged here.
      const unknownDialect = v instanceof Error && /no schema with key or ref "https?:\/\/json-schema\.org/.test(v.message);
      c = { schema: canonical, error: v instanceof Error && !unknownDialect ? v : undefined, unchecked: unknownDialect };
      compiled.set(key, c);
    }
    return c;
  };

  const checkSchema = (ctx: MessageCtx, tool: string, field: "inputSchema" | "outputSchema", schema: unknown): object | null => {
    // 2026-07-28 loosened outputSchema to any JSON Schema (an array result is fine); inputSchema is still an object schema.
    const anyType = field === "outputSchema" && answersModernRequest(ctx);
    if (!isObject(schema) || (schema.type !== "object" && !anyType)) {
      const what = !isObject(schema)
        ? `is ${brief(schema)}, not an object`
        : schema.type === undefined
          ? "has no type"
          : `has type ${brief(schema.type)}`;
      ctx.flag(SCHEMA_TYPE, `tool "${tool}": ${field} ${what}; it must be a JSON Schema with "type": "object"`);
      if (!isObject(schema)) return null;
    }
    const c = compile(schema);
    if (c.error) {
      ctx.flag(INVALID_SCHEMA, `tool "${tool}": ${field} is not valid JSON Schema: ${c.error.message}`);
      return null;
    }
    return c.unchecked ? null : c.schema;
  };

  return {
    rules: [INVALID_SCHEMA, SCHEMA_TYPE, DUPLICATE_NAME, NAME, STRUCTURED_CONTENT, REQUIRED_DEFAULT],
    reset() {
      tools = new Map();
      listed = new Map();
    },
    message(ctx: MessageCtx) {
      const { msg } = ctx;
      if (msg.kind !== "response" || msg.isError || ctx.entry.dir !== "server->client" || !ctx.answers) return;
      if (ctx.answers.method === "tools/list") return onList(ctx);
      if (ctx.answers.method === "tools/call") return onCall(ctx);
    },
  };

  function onList(ctx: MessageCtx): void {
    // The schema family would report a wrong schema type less clearly; this family owns it.
    ctx.coveredPaths.push(
      (p) => p[0] === "tools" && (p[2] === "inputSchema" || p[2] === "outputSchema") && (p.length === 3 || p[3] === "type"),
    );
    const params = ctx.answers!.params;
    if (!isObject(params) || params.cursor === undefined) {
      tools = new Map();
      listed = new Map();
    }
    const list = isObject(ctx.entry.message) && isObject(ctx.entry.message.result) ? ctx.entry.message.result.tools : undefined;
    if (!Array.isArray(list)) return;
    const checkNames = versionAtLeast(ctx.session.protocolVersion, "2025-11-25");
    for (const t of list) {
      if (!isObject(t) || typeof t.name !== "string") continue;
      const name = t.name;
      const first = listed.get(name);
      if (first !== undefined) {
        ctx.flag(DUPLICATE_NAME, `tool name "${name}" is listed twice`, first === ctx.entry.seq ? undefined : { relatedSeq: first });
      } else {
        listed.set(name, ctx.entry.seq);
      }
      if (checkNames && !validateToolName(name).isValid) {
        ctx.flag(NAME, `tool name ${brief(name)} is outside the naming guidance: 1–128 characters of A-Z, a-z, 0-9, "_", "-" and "."`);
      }
      checkSchema(ctx, name, "inputSchema", t.inputSchema);
      const both = requiredWithDefault(t.inputSchema);
      if (both.length)
        ctx.flag(
          REQUIRED_DEFAULT,
          `tool "${name}": inputSchema lists ${both.map((k) => JSON.stringify(k)).join(", ")} as required and gives ${both.length === 1 ? "it" : "them"} a default; drop the default or the requirement`,
        );
      const output = "outputSchema" in t && t.outputSchema !== undefined ? checkSchema(ctx, name, "outputSchema", t.outputSchema) : null;
      tools.set(name, output);
    }
  }

  function onCall(ctx: MessageCtx): void {
    // 2026-07-28: "structuredContent to allow any JSON value"; the SDK's 2025 schema wants an object.
    if (answersModernRequest(ctx)) ctx.coveredPaths.push((p) => p[0] === "structuredContent");
    const params = ctx.answers!.params;
    const name = isObject(params) && typeof params.name === "string" ? params.name : undefined;
    const outputSchema = name === undefined ? undefined : tools.get(name);
    if (!outputSchema) return;
    const result = isObject(ctx.entry.message) ? ctx.entry.message.result : undefined;
    // A tool error need not match the schema: the SDK client skips the check too.
    if (isObject(result) && result.isError === true) return;
    const verdict = validator().verdictFor(outputSchema, result);
    if (verdict.valid) {
      // A pattern RE2 cannot run (backreference, lookahead) was skipped, not failed: say so, quietly.
      const skipped = verdict.errors.map((e) => e.message).join("; ");
      if (skipped)
        ctx.flag(STRUCTURED_CONTENT, `tool "${name}": structuredContent conforms except what was not checked: ${skipped}`, {
          relatedSeq: ctx.answers!.seq,
          severity: "info",
        });
      return;
    }
    const why = verdict.errors
      .slice(0, 3)
      .map((e) => `${e.path}: ${e.message}`)
      .join("; ");
    ctx.flag(STRUCTURED_CONTENT, `tool "${name}" declares an outputSchema, but its result does not conform: ${why}`, {
      relatedSeq: ctx.answers!.seq,
    });
  }
}

import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OutputVerdict } from "./output-verdict-schema";
import { safeRegExpEngine, type RegExpEngineLike, type UncheckedPattern } from "./safe-regex";
import { asRecord } from "../json/shape";

// ajv-formats is CommonJS; its default export arrives wrapped under some bundlers.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => void;

const DRAFT7 = /^https?:\/\/json-schema\.org\/draft-0[4-7]\/schema#?$/;

/**
 * Compiles JSON Schemas the way MCP 2025-11-25 reads them: 2020-12 unless the schema names
 * another draft in `$schema`. Compiled validators are cached by schema identity.
 *
 * A server chooses the schemas, so `pattern` runs on RE2 (./safe-regex.ts), never on V8's
 * backtracking engine: `^(a|a)*$` must not stall the backend (issue 22 item 4). A pattern RE2
 * cannot run (a backreference, a lookahead) is not checked, and `unchecked` says so.
 */
export class SchemaValidator {
  /** Filled by the regex engine while one compile runs (Ajv compiles synchronously). */
  private collecting: string[] = [];
  private readonly engine = safeRegExpEngine((u: UncheckedPattern) => {
    if (!this.collecting.includes(u.message)) this.collecting.push(u.message);
  });
  // Built on first use: each Ajv costs about 10 ms, and the engine and the lint each hold a
  // validator from the start, before any schema has arrived.
  private ajv2020Made?: Ajv;
  private ajv7Made?: Ajv;
  private get ajv2020(): Ajv {
    return (this.ajv2020Made ??= makeAjv(Ajv2020, this.engine));
  }
  private get ajv7(): Ajv {
    return (this.ajv7Made ??= makeAjv(Ajv, this.engine));
  }
  private readonly cache = new WeakMap<object, ValidateFunction | Error>();
  private readonly notes = new WeakMap<object, readonly string[]>();

  compile(schema: object): ValidateFunction | Error {
    let v = this.cache.get(schema);
    if (v) return v;
    const $schema = asRecord(schema).$schema;
    const ajv = typeof $schema === "string" && DRAFT7.test($schema) ? this.ajv7 : this.ajv2020;
    this.collecting = [];
    try {
      v = ajv.compile(schema);
    } catch (e) {
      // Two different schemas may share an $id (servers reuse them); compile such a one alone.
      if (e instanceof Error && /already exists/.test(e.message)) {
        try {
          v = makeAjv(ajv === this.ajv7Made ? Ajv : Ajv2020, this.engine).compile(schema);
        } catch (e2) {
          v = e2 instanceof Error ? e2 : new Error(String(e2));
        }
      } else v = e instanceof Error ? e : new Error(String(e));
    }
    this.cache.set(schema, v);
    if (this.collecting.length) this.notes.set(schema, this.collecting);
    this.collecting = [];
    return v;
  }

  /** The patterns of a compiled schema that RE2 could not run: "pattern not checked: "…" (why)". */
  unchecked(schema: object): readonly string[] {
    return this.notes.get(schema) ?? [];
  }

  /**
   * The verdict of a tool result against the tool's outputSchema (MCP: a tool that declares one
   * "MUST provide structured results that conform to this schema"). Valid only for a success
   * (isError not true) whose structuredContent conforms: an isError result is never valid, with
   * or without structuredContent, since it is not the output the schema describes (the TS SDK's
   * McpServer answers isError with no structuredContent when a tool's output breaks its own
   * schema, so "errors are exempt" passed exactly that bug). Whoever exempts tool errors (the
   * lint, a collection step that expects one) reads isError itself; the first error's path is
   * "/isError" then.
   */
  verdictFor(outputSchema: object, result: unknown): OutputVerdict {
    const structured = asRecord(result).structuredContent;
    const isError = asRecord(result).isError === true;
    const errorNote = isError
      ? [
          {
            path: "/isError",
            message: `the tool returned isError: true${structured === undefined ? " with no structuredContent" : ""}: a tool error is not output the outputSchema describes`,
          },
        ]
      : [];
    if (structured === undefined) {
      if (isError) return { valid: false, errors: errorNote };
      return {
        valid: false,
        errors: [
          { path: "/structuredContent", message: "missing: the tool declares an outputSchema, so the result must carry structuredContent" },
        ],
      };
    }
    const v = this.compile(outputSchema);
    if (v instanceof Error)
      return {
        valid: false,
        errors: [...errorNote, { path: "(outputSchema)", message: `the outputSchema does not compile: ${v.message}` }],
      };
    // Unchecked patterns ride along as notes; a result is not called invalid for what was not checked.
    const notes = this.unchecked(outputSchema).map((message) => ({ path: "(outputSchema)", message }));
    if (v(structured)) return isError ? { valid: false, errors: [...errorNote, ...notes] } : { valid: true, errors: notes };
    return {
      valid: false,
      errors: [
        ...errorNote,
        ...(v.errors ?? []).map((e) => ({
          path: "/structuredContent" + e.instancePath,
          message: `${e.message ?? "invalid"}${e.params && Object.keys(e.params).length ? ` (${JSON.stringify(e.params)})` : ""}`,
        })),
        ...notes,
      ],
    };
  }
}

function makeAjv(Ctor: typeof Ajv | typeof Ajv2020, regExp: RegExpEngineLike): Ajv {
  const ajv = new Ctor({ allErrors: true, strict: false, validateFormats: true, code: { regExp } });
  addFormats(ajv);
  return ajv;
}

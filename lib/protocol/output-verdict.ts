import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OutputVerdict } from "../wire/protocol";

// ajv-formats is CommonJS; its default export arrives wrapped under some bundlers.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => void;

const DRAFT7 = /^https?:\/\/json-schema\.org\/draft-0[4-7]\/schema#?$/;

/**
 * Compiles JSON Schemas the way MCP 2025-11-25 reads them: 2020-12 unless the schema names
 * another draft in `$schema`. Compiled validators are cached by schema identity.
 */
export class SchemaValidator {
  private readonly ajv2020 = makeAjv(Ajv2020);
  private readonly ajv7 = makeAjv(Ajv);
  private readonly cache = new WeakMap<object, ValidateFunction | Error>();

  compile(schema: object): ValidateFunction | Error {
    let v = this.cache.get(schema);
    if (v) return v;
    const $schema = (schema as { $schema?: unknown }).$schema;
    const ajv = typeof $schema === "string" && DRAFT7.test($schema) ? this.ajv7 : this.ajv2020;
    try {
      v = ajv.compile(schema);
    } catch (e) {
      // Two different schemas may share an $id (servers reuse them); compile such a one alone.
      if (e instanceof Error && /already exists/.test(e.message)) {
        try {
          v = makeAjv(ajv === this.ajv7 ? Ajv : Ajv2020).compile(schema);
        } catch (e2) {
          v = e2 instanceof Error ? e2 : new Error(String(e2));
        }
      } else v = e instanceof Error ? e : new Error(String(e));
    }
    this.cache.set(schema, v);
    return v;
  }

  /** The verdict of a tool result against the tool's outputSchema (MCP: structuredContent must conform). */
  verdictFor(outputSchema: object, result: unknown): OutputVerdict {
    const structured = (result as { structuredContent?: unknown } | undefined)?.structuredContent;
    const isError = (result as { isError?: unknown } | undefined)?.isError === true;
    if (structured === undefined) {
      if (isError) return { valid: true, errors: [] };
      return { valid: false, errors: [{ path: "/structuredContent", message: "missing: the tool declares an outputSchema, so the result must carry structuredContent" }] };
    }
    const v = this.compile(outputSchema);
    if (v instanceof Error) return { valid: false, errors: [{ path: "(outputSchema)", message: `the outputSchema does not compile: ${v.message}` }] };
    if (v(structured)) return { valid: true, errors: [] };
    return {
      valid: false,
      errors: (v.errors ?? []).map((e) => ({
        path: "/structuredContent" + e.instancePath,
        message: `${e.message ?? "invalid"}${e.params && Object.keys(e.params).length ? ` (${JSON.stringify(e.params)})` : ""}`,
      })),
    };
  }
}

function makeAjv(Ctor: typeof Ajv | typeof Ajv2020): Ajv {
  const ajv = new Ctor({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

import type { JsonSchemaType, JsonSchemaValidator, jsonSchemaValidator } from "@modelcontextprotocol/client";
import { SchemaValidator } from "../../lib/protocol/output-verdict";

// What the bundle gives @modelcontextprotocol/client in place of its "_shims" module (scripts/
// build.mjs aliases it): the SDK's Node shim pulls in a second, bundled copy of Ajv whose module
// bodies all run when the SDK loads (about 300 kB of code evaluated on every start), for a
// validator the engine never calls (it sends tools/call raw and validates with the verdict). This
// one answers with the inspector's own validator instead, whose patterns run on RE2.

/** In Node, a failed fetch is never a CORS failure (the SDK's Node shim says the same). */
export const CORS_IS_POSSIBLE = false;

export class DefaultJsonSchemaValidator implements jsonSchemaValidator {
  private validator?: SchemaValidator;

  getValidator<T>(schema: JsonSchemaType): JsonSchemaValidator<T> {
    const compiled = (this.validator ??= new SchemaValidator()).compile(schema as object);
    return (input: unknown) => {
      if (compiled instanceof Error)
        return { valid: false, data: undefined, errorMessage: `the schema does not compile: ${compiled.message}` };
      if (compiled(input)) return { valid: true, data: input as T, errorMessage: undefined };
      const errors = (compiled.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
      return { valid: false, data: undefined, errorMessage: errors.join("; ") || "invalid" };
    };
  }
}

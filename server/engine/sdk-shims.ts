import type { JsonSchemaType, JsonSchemaValidator, jsonSchemaValidator } from "@modelcontextprotocol/client";
import type { SchemaValidator } from "../../lib/protocol/output-verdict";
import { loadedOutputValidator } from "./output-validator";

// What the bundle gives @modelcontextprotocol/client in place of its "_shims" module (scripts/
// build.mjs aliases it): the SDK's Node shim pulls in a second, bundled copy of Ajv whose module
// bodies all run when the SDK loads (about 300 kB of code evaluated on every start), for a
// validator the engine never calls (it sends tools/call raw and validates with the verdict). This
// one answers with the inspector's own validator instead, whose patterns run on RE2, once it is
// loaded (./output-validator.ts): the SDK asks for one only in its own callTool, which the engine
// never calls, so the validator loads with the engine's first output verdict (issue 49), not here.

/** In Node, a failed fetch is never a CORS failure (the SDK's Node shim says the same). */
export const CORS_IS_POSSIBLE = false;

export class DefaultJsonSchemaValidator implements jsonSchemaValidator {
  private validator?: SchemaValidator;

  getValidator<T>(schema: JsonSchemaType): JsonSchemaValidator<T> {
    // The SDK turns a throw here into the tool's compile error (SEP-2106), never a crash.
    const loaded = loadedOutputValidator();
    if (!loaded) throw new Error("the output validator is not loaded yet (server/engine/output-validator.ts)");
    const compiled = (this.validator ??= new loaded.SchemaValidator()).compile(schema as object);
    return (input: unknown) => {
      if (compiled instanceof Error)
        return { valid: false, data: undefined, errorMessage: `the schema does not compile: ${compiled.message}` };
      if (compiled(input)) return { valid: true, data: input as T, errorMessage: undefined };
      const errors = (compiled.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
      return { valid: false, data: undefined, errorMessage: errors.join("; ") || "invalid" };
    };
  }
}

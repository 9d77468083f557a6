import type { JsonSchemaType, JsonSchemaValidator, jsonSchemaValidator } from "@modelcontextprotocol/client";
/** In Node, a failed fetch is never a CORS failure (the SDK's Node shim says the same). */
export declare const CORS_IS_POSSIBLE = false;
export declare class DefaultJsonSchemaValidator implements jsonSchemaValidator {
    private validator?;
    getValidator<T>(schema: JsonSchemaType): JsonSchemaValidator<T>;
}

import type { LintCheckers } from "../checkers";
import { type Family, type Rule } from "../rule";
export declare const INVALID_SCHEMA: Rule;
export declare const SCHEMA_TYPE: Rule;
export declare const DUPLICATE_NAME: Rule;
export declare const NAME: Rule;
export declare const STRUCTURED_CONTENT: Rule;
export declare const REQUIRED_DEFAULT: Rule;
/**
 * The inputSchema's top-level properties that are both required and given a default. JSON Schema's
 * `default` validates nothing, so such a schema is consistent, only confusing: @playwright/mcp's
 * browser_console_messages lists `level` as required with a default and accepts `{}`.
 */
export declare function requiredWithDefault(inputSchema: unknown): string[];
/**
 * Whether linting this message may need the schema validator (Ajv and RE2): a tools listing with
 * a schema Ajv must compile (one not plain, ./plain-schema.ts) or a tool with an outputSchema (its
 * calls' structuredContent is validated). The live lint loads the validator before it lints such
 * a message; it must be true whenever the family below would call `validator()` for it.
 */
export declare function listingNeedsValidator(message: unknown): boolean;
export declare function toolsFamily(checkers: Pick<LintCheckers, "schemaValidator">): Family;

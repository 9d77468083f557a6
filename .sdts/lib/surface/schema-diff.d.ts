import type { RuleId } from "./rules";
/** One difference between two JSON Schemas, at a `$.a.b` path, named by its rule (see rules.ts). */
export interface SchemaChange {
    path: string;
    rule: RuleId;
    message: string;
    before?: unknown;
    after?: unknown;
}
/**
 * Compare an old and a new JSON Schema and list what changed, each change named by the rule
 * that classifies it. Local `$ref`s (`#/$defs/…`, `#/definitions/…`) are followed.
 */
export declare function compareSchemas(before: unknown, after: unknown, path?: string): SchemaChange[];
/** Canonical JSON (keys sorted), so `{a,b}` and `{b,a}` compare equal. */
export declare function key(v: unknown): string;
export declare function equal(a: unknown, b: unknown): boolean;
/** A path segment in the form json-diff uses: `.name`, or `["odd key"]`. */
export declare function seg(k: string): string;

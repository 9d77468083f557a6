/**
 * The one `$ref` resolver for JSON Schemas (tool forms, sample arguments, schema diff): local
 * JSON Pointers only (`#`, `#/$defs/a~1b`), chains followed with a cycle guard, and the keywords
 * beside a `$ref` kept, as JSON Schema 2019-09 and later allow (draft-07 ignored them; keeping
 * them is what a 2020-12 validator does, and MCP schemas default to 2020-12).
 */
import { type JsonObject } from "./shape";
/** Why a `$ref` could not be followed here. */
export type UnresolvedReason = 
/** Not `#…`: another document, which nothing here fetches. */
"remote"
/** `#name`: a plain-name fragment (`$anchor`), not a JSON Pointer. */
 | "anchor"
/** The pointer names nothing in the document (or something that is not a schema). */
 | "missing"
/** The chain comes back to a `$ref` it already followed. */
 | "cycle";
export type Resolved = {
    ok: true;
    schema: JsonObject;
} | {
    ok: false;
    ref: string;
    reason: UnresolvedReason;
};
/**
 * `schema` with its `$ref` chain followed inside `root`: the target with the referring schema's
 * other keywords laid over it (the nearer `$ref`'s win). A schema without `$ref` is itself.
 * A boolean target is its object form (`true` is `{}`, `false` is `{ not: {} }`).
 */
export declare function resolveRef(schema: JsonObject, root: unknown): Resolved;
/** `schema` resolved as resolveRef does; undefined when it is no object or its `$ref` cannot be followed. */
export declare function derefSchema(schema: unknown, root: unknown): JsonObject | undefined;

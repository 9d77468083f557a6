/**
 * Shape checks for values that arrive as JSON (a message, a schema, a file): one home for each
 * (CONVENTIONS 23), so every caller agrees on what "an object" is.
 */
/** A JSON object's members, before anything is known about them. */
export type JsonObject = Record<string, unknown>;
/** True for a JSON object: not null, not an array. */
export declare function isObject(v: unknown): v is JsonObject;
/** The value when it is a JSON object, else an empty one (so a lookup on it needs no guard). */
export declare function asRecord(v: unknown): JsonObject;
/** The value when it is a JSON object, else undefined (for `?.` chains). */
export declare function objectOr(v: unknown): JsonObject | undefined;
/** The value when it is an array, else an empty one. */
export declare function arrayOr(v: unknown): unknown[];
/** True for an array whose every item is a string (an empty one included). */
export declare function isStringArray(v: unknown): v is string[];
/** The value when it is a string, else undefined. */
export declare function stringOr(v: unknown): string | undefined;

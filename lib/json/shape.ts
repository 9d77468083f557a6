/**
 * Shape checks for values that arrive as JSON (a message, a schema, a file): one home for each
 * (CONVENTIONS 23), so every caller agrees on what "an object" is.
 */

/** A JSON object's members, before anything is known about them. */
export type JsonObject = Record<string, unknown>;

/** True for a JSON object: not null, not an array. */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The value when it is a JSON object, else an empty one (so a lookup on it needs no guard). */
export function asRecord(v: unknown): JsonObject {
  return isObject(v) ? v : {};
}

/** The value when it is a JSON object, else undefined (for `?.` chains). */
export function objectOr(v: unknown): JsonObject | undefined {
  return isObject(v) ? v : undefined;
}

/** The value when it is an array, else an empty one. */
export function arrayOr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** True for an array whose every item is a string (an empty one included). */
export function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

/** The value when it is a string, else undefined. */
export function stringOr(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

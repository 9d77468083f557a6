import { PREVIEW_CHARS, headOf } from "../text/big-text";

/** A preview bigger than this (characters of JSON) is not worth sending: the reply goes without one. */
export const MAX_PREVIEW_CHARS = 1024 * 1024;

/**
 * A bounded preview of a big result (outcomes.ts `preview`): the same shape, each string longer
 * than `maxString` cut to its head (never inside a surrogate pair). Undefined when nothing was cut
 * or when what is left is still big (many small parts): the page then waits for the whole.
 * Cost: a walk of the result's structure, not a copy of its long strings.
 */
export function previewOf(result: unknown, maxString = PREVIEW_CHARS, maxChars = MAX_PREVIEW_CHARS): unknown {
  let cut = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") {
      if (v.length <= maxString) return v;
      cut = true;
      return headOf(v, maxString).head;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  const preview = walk(result);
  if (!cut || JSON.stringify(preview).length > maxChars) return undefined;
  return preview;
}

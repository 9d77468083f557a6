/** Parses text a person typed that must be a JSON object; empty text is allowed when `optional`. */
export function parseJsonObject(
  text: string,
  what: string,
  optional = false,
): { ok: true; value?: Record<string, unknown> } | { ok: false; message: string } {
  if (!text.trim()) return optional ? { ok: true } : { ok: false, message: `${what} is empty` };
  try {
    const v = JSON.parse(text);
    if (typeof v !== "object" || v === null || Array.isArray(v)) return { ok: false, message: `${what} must be a JSON object` };
    return { ok: true, value: v };
  } catch (e) {
    return { ok: false, message: `${what} is not valid JSON: ${(e as Error).message}` };
  }
}

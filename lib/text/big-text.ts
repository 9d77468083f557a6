/**
 * Pure helpers to show large payloads without putting them whole into the DOM: a text is shown
 * up to a cap, a JSON value is shown with its long strings and arrays clipped. The work is
 * bounded by what is shown, not by the payload's size (a 20 MiB result costs the same as 64 KiB).
 */

/** How much text a view puts in the DOM before it offers "Show more" and "Download". */
export const PREVIEW_CHARS = 64 * 1024;

/** Beyond this (bytes on the wire), a value is shown clipped rather than in an editor. */
export const BIG_BYTES = 256 * 1024;

/** The first `limit` characters, without splitting a surrogate pair, and how many were left out. */
export function headOf(text: string, limit = PREVIEW_CHARS): { head: string; rest: number } {
  if (text.length <= limit) return { head: text, rest: 0 };
  let end = limit;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return { head: text.slice(0, end), rest: text.length - end };
}

export interface ClipOptions {
  /** Longest string kept whole (characters). */
  maxString?: number;
  /** Most array items and object keys kept per container. */
  maxItems?: number;
  /** Deepest level kept. */
  maxDepth?: number;
  /** Most values kept in all; past it, containers are left out. */
  maxNodes?: number;
}

/**
 * A copy of a JSON value small enough to show: strings longer than `maxString` are cut and end
 * in "… [N more characters]", long arrays and objects end in a note of what was left out.
 * `clipped` says whether anything was. The cost is bounded by what is kept.
 */
export function clipJson(value: unknown, opts: ClipOptions = {}): { value: unknown; clipped: boolean } {
  const maxString = opts.maxString ?? 16 * 1024;
  const maxItems = opts.maxItems ?? 1000;
  const maxDepth = opts.maxDepth ?? 40;
  let nodes = opts.maxNodes ?? 20_000;
  let clipped = false;
  const walk = (v: unknown, depth: number): unknown => {
    if (--nodes < 0) {
      clipped = true;
      return "… [left out]";
    }
    if (typeof v === "string") {
      if (v.length <= maxString) return v;
      clipped = true;
      return `${headOf(v, maxString).head}… [${(v.length - maxString).toLocaleString("en-US")} more characters]`;
    }
    if (typeof v !== "object" || v === null) return v;
    if (depth >= maxDepth) {
      clipped = true;
      return Array.isArray(v) ? ["… [deeper levels left out]"] : { "…": "[deeper levels left out]" };
    }
    if (Array.isArray(v)) {
      const out = v.slice(0, maxItems).map((x) => walk(x, depth + 1));
      if (v.length > maxItems) {
        clipped = true;
        out.push(`… [${(v.length - maxItems).toLocaleString("en-US")} more items]`);
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    let n = 0;
    for (const k in v) {
      if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
      if (n++ === maxItems) {
        clipped = true;
        out["…"] = `[${(Object.keys(v).length - maxItems).toLocaleString("en-US")} more keys]`;
        break;
      }
      out[headOf(k, maxString).head] = walk((v as Record<string, unknown>)[k], depth + 1);
    }
    return out;
  };
  return { value: walk(value, 0), clipped };
}

/** Pretty JSON of a value for a view: clipped (see clipJson) and capped at PREVIEW_CHARS. */
export function previewJson(value: unknown, opts?: ClipOptions): { text: string; clipped: boolean } {
  const c = clipJson(value, opts);
  const text = JSON.stringify(c.value, null, 2) ?? String(value);
  const { head, rest } = headOf(text);
  return {
    text: rest ? `${head}\n… [${rest.toLocaleString("en-US")} more characters of the clipped view]` : head,
    clipped: c.clipped || rest > 0,
  };
}

/** Decoded size in bytes of base64 data, without copying it (whitespace ignored). */
export function base64Size(data: string): number {
  let len = data.length;
  // Whitespace is rare in base64 from a server; only then is the string scanned.
  if (/\s/.test(data)) len = data.replace(/\s+/g, "").length;
  const pad = data.trimEnd().endsWith("==") ? 2 : data.trimEnd().endsWith("=") ? 1 : 0;
  return Math.max(0, Math.floor((len * 3) / 4) - pad);
}

/** The base64 characters that encode the first `bytes` bytes (a multiple of 4, whitespace removed). */
export function base64Head(data: string, bytes: number): string {
  const want = Math.ceil(bytes / 3) * 4;
  // Take a little more than needed in case of whitespace, then trim to a whole quantum.
  const clean = data
    .slice(0, want + 256)
    .replace(/\s+/g, "")
    .slice(0, want);
  return clean.slice(0, clean.length - (clean.length % 4));
}

/** "12.3 KiB" / "19.9 MiB" for a count of characters or bytes. */
export function formatKiB(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1048576).toFixed(1)} MiB`;
}

/** Pure helpers to show binary resource contents (base64 blobs) without trusting them. */

/** Decodes base64 (whitespace ignored); undefined when it is not base64. */
export function decodeBase64(data: string): Uint8Array | undefined {
  const clean = data.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  try {
    const bin = atob(clean);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/** A classic hex dump of the first `max` bytes: offset, 16 hex bytes, printable ASCII. */
export function hexDump(bytes: Uint8Array, max = 256): string {
  const lines: string[] = [];
  const n = Math.min(bytes.length, max);
  for (let off = 0; off < n; off += 16) {
    const row = bytes.subarray(off, Math.min(off + 16, n));
    const hex = [...row].map((b) => b.toString(16).padStart(2, "0")).join(" ");
    const ascii = [...row].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".")).join("");
    lines.push(`${off.toString(16).padStart(8, "0")}  ${hex.padEnd(47)}  ${ascii}`);
  }
  return lines.join("\n");
}

/** UTF-8 text of the bytes when they decode cleanly, else undefined. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-8 text of the first bytes of a blob: an incomplete character at the cut is left out;
 * undefined when the bytes are not UTF-8.
 */
export function utf8Prefix(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return undefined;
  }
}

/** A file name for a download, from the resource URI's last segment. */
export function fileNameFor(uri: string, mimeType?: string): string {
  const last = uri.split(/[/?#]/).filter(Boolean).pop() ?? "resource";
  const safe =
    decodeURIComponentSafe(last)
      .replace(/[^\w.\-]+/g, "_")
      .slice(0, 80) || "resource";
  if (/\.\w{1,8}$/.test(safe)) return safe;
  const ext = mimeType === "application/json" ? ".json" : mimeType?.startsWith("text/") ? ".txt" : ".bin";
  return safe + ext;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Monaco language id for a MIME type, when colouring helps; undefined for plain text. */
export function languageForMime(mimeType: string | undefined): string | undefined {
  const m = (mimeType ?? "").toLowerCase().split(";")[0].trim();
  if (m === "application/json" || m.endsWith("+json")) return "json";
  const table: Record<string, string> = {
    "text/markdown": "markdown",
    "text/html": "html",
    "text/css": "css",
    "text/javascript": "javascript",
    "application/javascript": "javascript",
    "text/typescript": "typescript",
    "application/typescript": "typescript",
    "text/x-python": "python",
    "application/x-python": "python",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/yaml": "yaml",
    "text/yaml": "yaml",
    "application/x-yaml": "yaml",
    "application/x-sh": "shell",
    "text/x-shellscript": "shell",
    "application/sql": "sql",
  };
  return table[m] ?? (m.endsWith("+xml") ? "xml" : undefined);
}

/**
 * data: URLs for media a target sent inline (base64). Only well-formed image/audio MIME types
 * and base64 text are accepted, so nothing else can be smuggled into a src attribute.
 */
const MIME = /^[a-z]+\/[\w.+-]+$/i;
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

export function mediaDataUrl(kind: "image" | "audio", mimeType: unknown, data: unknown): string | undefined {
  if (typeof mimeType !== "string" || typeof data !== "string") return undefined;
  const mime = mimeType.trim().toLowerCase();
  if (!MIME.test(mime) || !mime.startsWith(`${kind}/`)) return undefined;
  if (!BASE64.test(data)) return undefined;
  return `data:${mime};base64,${data.replace(/\s+/g, "")}`;
}

/** Decoded size of base64 data, in bytes. */
export function base64Bytes(data: string): number {
  const clean = data.replace(/\s+/g, "");
  return Math.floor((clean.length * 3) / 4) - (clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0);
}

import { MAX_SESSION_FILE_BYTES, SessionFileSchema, parseSession, type SessionFile } from "./file";

/**
 * Share links carry the whole session in the URL fragment, which browsers never send to a
 * server: `<inspector>/#session=v1.<base64url(deflate-raw(JSON))>`. No account, no upload.
 */
export const LINK_PREFIX = "session=v1.";
/** Above this a link is refused: browsers and chat tools cut long URLs. Offer the file instead. */
export const MAX_LINK_BYTES = 64 * 1024;
/** A link's session inflates to at most this: a 64 KB link of real traffic is a few MB; a bomb stops here. */
export const MAX_INFLATED_BYTES = MAX_SESSION_FILE_BYTES;

class TooLarge extends Error {}

export async function encodeSessionLink(session: SessionFile, base: string): Promise<{ url: string; bytes: number }> {
  SessionFileSchema.parse(session);
  const packed = await compress(new TextEncoder().encode(JSON.stringify(session)));
  const url = `${base.replace(/[#?].*$/, "").replace(/\/?$/, "/")}#${LINK_PREFIX}${toBase64Url(packed)}`;
  return { url, bytes: url.length };
}

/** Decode a link (or just its fragment) back into a session, with a clear message when it cannot. */
export async function decodeSessionLink(link: string): Promise<{ ok: true; session: SessionFile } | { ok: false; message: string }> {
  const r = await sessionTextOfLink(link);
  return r.ok ? parseSession(r.text) : r;
}

/**
 * A link's session as the JSON text it carries, before any schema reads it: the static viewer
 * shows fields this version's schema does not name yet (a newer file's verdicts).
 */
export async function sessionTextOfLink(link: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const hash = link.includes("#") ? link.slice(link.indexOf("#") + 1) : link;
  if (!hash.startsWith("session=")) return { ok: false, message: "this link carries no session (expected #session=v1.…)" };
  if (!hash.startsWith(LINK_PREFIX))
    return { ok: false, message: `this link is of another format (${hash.slice(8, 12)}…); this inspector reads v1 links` };
  let bytes: Uint8Array;
  try {
    bytes = await decompress(fromBase64Url(hash.slice(LINK_PREFIX.length)), MAX_INFLATED_BYTES);
  } catch (e) {
    if (e instanceof TooLarge)
      return {
        ok: false,
        message: `this link inflates to more than ${MAX_INFLATED_BYTES / 1048576} MB: refused (a real session link is far smaller; ask for the file instead)`,
      };
    return { ok: false, message: "this link is damaged: its payload does not decompress (was it cut short?)" };
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}

async function compress(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return pipe(data, new CompressionStream("deflate-raw"));
}
async function decompress(data: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array> {
  return pipe(data, new DecompressionStream("deflate-raw"), limit);
}
/** The bytes through a (de)compression stream, read as they come (only web-platform APIs, see lib/platform.d.ts). */
async function pipe(data: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Not awaited: a write settles only once its output is read (backpressure). A damaged input
  // fails the read below, which is where the caller hears of it.
  writer.write(data).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    size += r.value.length;
    if (size > limit) {
      // Stop reading: the rest is never inflated, so memory stays at the limit.
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
export function fromBase64Url(s: string): Uint8Array<ArrayBuffer> {
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

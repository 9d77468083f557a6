import { createHash } from "node:crypto";
import type { Entry, MessageEntry } from "../../lib/record/format";

/**
 * Largest frame the record keeps whole by default (wire bytes): a quarter of the default bound, so
 * one answer cannot push the handshake out. A bigger one keeps its envelope, size and digest.
 */
export const DEFAULT_MAX_BODY_BYTES = 24 * 1024 * 1024;

/**
 * The entry with its body cut: `params`, `result` or `error` replaced by a string giving the
 * frame's size and SHA-256, the rest of the envelope kept so pairing, replay's order and the
 * handshake still read. `by` says whether the record cut it as it came (`record`) or the session
 * writer did to fit the file (`file`). An entry with no body to cut is returned as it is.
 */
export function cutMessage<E extends MessageEntry | Omit<MessageEntry, "seq" | "t">>(e: E, by: "record" | "file"): E {
  const m = e.message;
  if (!m || typeof m !== "object" || Array.isArray(m) || e.cut) return e;
  const msg = m as Record<string, unknown>;
  const field = (["result", "error", "params"] as const).find((f) => f in msg);
  if (!field) return e;
  const sha256 = frameSha256(e.raw ?? JSON.stringify(m));
  const why = by === "record" ? "the record's bound for one frame" : "the session file's bound";
  const marker = `[cut: ${e.size.toLocaleString("en-US")} bytes, past ${why}; ${sha256}]`;
  const { raw: _raw, ...rest } = e;
  return { ...rest, message: { ...msg, [field]: cutBody(field, msg[field], marker) }, cut: { field, sha256, by } } as E;
}

/** The digest a cut keeps of a frame's text (`sha256:` and hex): replay computes a live answer's the same way. */
export function frameSha256(text: string): string {
  return `sha256:${createHash("sha256").update(text).digest("hex")}`;
}

/** How much of an error's message a cut keeps: what a reader, a span's status and a report need. */
const KEPT_ERROR_MESSAGE_CHARS = 256 * 1024;

/**
 * The body in place of what was cut: the marker; for an error, still an error object (its code,
 * the start of its message, the marker as its data), so what reads it as JSON-RPC (the page, a
 * span's status, replay) still finds an error and why.
 */
function cutBody(field: "result" | "error" | "params", body: unknown, marker: string): unknown {
  if (field !== "error" || !body || typeof body !== "object" || Array.isArray(body)) return marker;
  const { code, message } = body as { code?: unknown; message?: unknown };
  return { code, message: typeof message === "string" ? message.slice(0, KEPT_ERROR_MESSAGE_CHARS) : message, data: marker };
}

/**
 * What makes a record a session: the handshake (`initialize`, `server/discover`), `initialized`
 * and the lists (`tools/list`, `prompts/list`, `resources/list`, …), with their answers.
 */
export function isSessionFrame(e: Entry): boolean {
  if (e.kind !== "message") return false;
  const method = e.pair?.method ?? (e.message as { method?: unknown } | null)?.method;
  return (
    typeof method === "string" &&
    (method === "initialize" || method === "server/discover" || method === "notifications/initialized" || method.endsWith("/list"))
  );
}

import { type MessageCtx } from "../rule";
import { isObject, type JsonObject } from "../../json/shape";

// The 2026-07-28 vocabulary the modern rules share (MCP 2026-07-28 basic#meta): the reserved
// `_meta` keys of the per-request envelope and of results, and what tells a request of the
// modern era from a 2025 one. The era is a property of each request (the spec's statelessness),
// so a result is judged by the request it answers, not by what the connection did before.

export const META_KEY = {
  protocolVersion: "io.modelcontextprotocol/protocolVersion",
  clientInfo: "io.modelcontextprotocol/clientInfo",
  clientCapabilities: "io.modelcontextprotocol/clientCapabilities",
  serverInfo: "io.modelcontextprotocol/serverInfo",
} as const;

/** The official tasks extension, whose `resultType: "task"` a client must have declared. */
export const TASKS_EXTENSION = "io.modelcontextprotocol/tasks";

/** A request's `params._meta` when it names a protocol version (the modern envelope); else undefined. */
export function envelopeOf(params: unknown): JsonObject | undefined {
  const meta = isObject(params) && isObject(params._meta) ? params._meta : undefined;
  return meta && META_KEY.protocolVersion in meta ? meta : undefined;
}

/** The client capabilities a modern request declared in its envelope ({} when none). */
export function requestCapabilities(params: unknown): JsonObject {
  const caps = envelopeOf(params)?.[META_KEY.clientCapabilities];
  return isObject(caps) ? caps : {};
}

/**
 * True when the response in `ctx` answers a request of the modern era: the request carried the
 * envelope, or (paired only by the record, params unknown) the connection is modern.
 */
export function answersModernRequest(ctx: MessageCtx): boolean {
  const a = ctx.answers;
  if (!a || ctx.entry.dir !== "server->client" || a.method === "initialize") return false;
  if (a.params === undefined) return ctx.session.era === "modern";
  return envelopeOf(a.params) !== undefined || a.method === "server/discover";
}

/** Decode the Base64 sentinel (`=?base64?…?=`) of an Mcp-Name or Mcp-Param-* value; other values as they are. */
export function decodeHeaderValue(v: string): string {
  const m = /^=\?base64\?(.*)\?=$/.exec(v);
  if (!m) return v;
  try {
    // The UTF-8 bytes as %XX escapes: decodeURIComponent decodes them, and throws on invalid UTF-8.
    return decodeURIComponent(Array.from(atob(m[1]), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join(""));
  } catch {
    return v;
  }
}

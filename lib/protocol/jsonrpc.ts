/** Minimal JSON-RPC 2.0 shape guards shared by the engine, the record and the page. */
import { isObject, type JsonObject } from "../json/shape";

export type JsonRpcId = string | number;

export interface JsonRpcRequestLike {
  jsonrpc?: unknown;
  id: JsonRpcId;
  method: string;
  params?: unknown;
}
export interface JsonRpcNotificationLike {
  jsonrpc?: unknown;
  method: string;
  params?: unknown;
}
export interface JsonRpcResponseLike {
  jsonrpc?: unknown;
  id: JsonRpcId | null;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}
function isId(v: unknown): v is JsonRpcId {
  return typeof v === "string" || typeof v === "number";
}

export function isRequest(m: unknown): m is JsonRpcRequestLike {
  return isObject(m) && typeof m.method === "string" && isId(m.id);
}
export function isNotification(m: unknown): m is JsonRpcNotificationLike {
  return isObject(m) && typeof m.method === "string" && !("id" in m);
}
export function isResponse(m: unknown): m is JsonRpcResponseLike {
  return isObject(m) && !("method" in m) && ("result" in m || "error" in m) && (isId(m.id) || m.id === null);
}
export function isErrorResponse(m: unknown): m is JsonRpcResponseLike & { error: { code: number; message: string } } {
  return isResponse(m) && isObject(m.error);
}

/** True when the value is shaped like some JSON-RPC message (a single one or a batch). */
export function looksLikeJsonRpc(m: unknown): boolean {
  if (Array.isArray(m)) return m.length > 0 && m.every((x) => isObject(x) && ("method" in x || "result" in x || "error" in x));
  return isRequest(m) || isNotification(m) || isResponse(m);
}

/** One-line label for a message: its method, or "response to <method>". */
export function methodOf(m: unknown): string | undefined {
  return isObject(m) && typeof m.method === "string" ? m.method : undefined;
}
export function idOf(m: unknown): JsonRpcId | undefined {
  return isObject(m) && isId(m.id) ? m.id : undefined;
}

/**
 * A response's result as an object, unchecked beyond that (what a target sent, to show or to
 * judge field by field; lib/protocol/results.ts parses it by method); undefined for an error
 * response, a request or a non-object result.
 */
export function resultObject(message: unknown): JsonObject | undefined {
  return isResponse(message) && isObject(message.result) ? message.result : undefined;
}

import { RpcErrorCode } from "./error-codes";
import { asRecord, objectOr } from "../json/shape";

/**
 * JSON-RPC and MCP error codes in words: JSON-RPC 2.0's own, MCP's, and the 2026-07-28 ones
 * (SEP-2243's header mismatch, the per-request capability and version checks).
 */
const NAMES = new Map<number, string>([
  [-32700, "Parse error"],
  [-32600, "Invalid request"],
  [RpcErrorCode.MethodNotFound, "Method not found"],
  [RpcErrorCode.InvalidParams, "Invalid params"],
  [RpcErrorCode.InternalError, "Internal error"],
  [RpcErrorCode.RequestTimeout, "Request timeout"],
  // 2025-06-18's resource not found; 2026-07-28 servers send -32602 with data.uri instead.
  [-32002, "Resource not found"],
  [RpcErrorCode.HeaderMismatch, "Header mismatch"],
  [RpcErrorCode.MissingRequiredClientCapability, "Missing required client capability"],
  [RpcErrorCode.UnsupportedProtocolVersion, "Unsupported protocol version"],
  [-32042, "URL elicitation required"],
  // Not "by a person": a coding agent that took over answers with the same code, and the row's
  // `by` badge says which of them it was (issue 62 point 1).
  [RpcErrorCode.Rejected, "Rejected"],
]);

/** The name of a known error code; undefined for a server's own codes. */
export function rpcErrorName(code: unknown): string | undefined {
  return typeof code === "number" ? NAMES.get(code) : undefined;
}

/** "-32021 (Missing required client capability)", or the bare code when it has no name. */
export function rpcErrorCodeText(code: unknown): string {
  const name = rpcErrorName(code);
  return name ? `${String(code)} (${name})` : String(code);
}

/** The JSON-RPC error of a message, when it is an error response. */
export function rpcErrorOf(message: unknown): { code?: unknown; message?: unknown } | undefined {
  return objectOr(asRecord(message).error);
}

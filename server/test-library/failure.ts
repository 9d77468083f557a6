import { EngineError, RpcError } from "../engine";
import type { ConnectError } from "../../lib/session/state";
import { rpcErrorCodeText } from "../../lib/protocol/error-names";
import { tellingLine } from "../../lib/text/telling-line";
import { McpHarnessError } from "./errors";
import type { McpHarnessErrorKind } from "./types";

const ENGINE_KINDS: Record<string, McpHarnessErrorKind> = {
  timeout: "timeout",
  cancelled: "cancelled",
  "invalid-response": "invalid_response",
  "send-failed": "closed",
  closed: "closed",
  "not-connected": "not_connected",
  "not-in-era": "not_in_era",
};

/** What a request's failure is, in the library's words, naming the call. */
export function requestFailure(call: string, e: unknown, stderrTail: () => string[]): McpHarnessError {
  if (e instanceof McpHarnessError) return e;
  if (e instanceof RpcError) return rpcFailure(call, e.rpc);
  if (e instanceof EngineError) {
    const kind = ENGINE_KINDS[e.kind] ?? "closed";
    return new McpHarnessError(kind, call, e.message, { stderrTail: kind === "closed" ? stderrTail() : [], cause: e });
  }
  return new McpHarnessError("closed", call, e instanceof Error ? e.message : String(e), { cause: e });
}

/**
 * A JSON-RPC error from the server, as sent (`rpc`). Its kind comes from what the protocol says,
 * never from the message's English: an unknown tool is told by the tool list the session holds
 * (./unknown-tool.ts), so a -32602 for a tool the server lists (bad arguments) is an rpc_error.
 */
export function rpcFailure(call: string, rpc: { code: number; message: string; data?: unknown }): McpHarnessError {
  const data = rpc.data !== undefined ? ` ${JSON.stringify(rpc.data)}` : "";
  return new McpHarnessError("rpc_error", call, `JSON-RPC error ${rpcErrorCodeText(rpc.code)}: ${rpc.message}${data}`, { rpc });
}

/** Why connect failed, as the CLI sorts it (exit 3 auth, 4 unreachable), with the server's last stderr in the message. */
export function connectFailure(call: string, error: ConnectError | undefined): McpHarnessError {
  const message = error?.message ?? "could not connect";
  const tail = error?.stderrTail ?? [];
  const unauthorized =
    error?.kind === "auth-required" || (error?.kind === "http-status" && (error.httpStatus === 401 || error.httpStatus === 403));
  const kind: McpHarnessErrorKind = unauthorized
    ? "auth_required"
    : error?.kind === "protocol-version"
      ? "protocol_version"
      : "unreachable";
  // The engine leads an exit with the line that says why; anything else (a timeout) gets it here.
  const why = tellingLine(tail);
  const shown = why && !message.includes(why) ? `${message}: ${why}` : message;
  return new McpHarnessError(kind, call, shown, { stderrTail: tail });
}

import type { MessageEntry } from "../../lib/record/format";
import type { JsonRpcError } from "../../lib/wire/protocol";

/** The target answered with a JSON-RPC error: `rpc` is the error object exactly as sent. */
export class RpcError extends Error {
  constructor(
    readonly rpc: JsonRpcError,
    /** The response entry it came in, when the engine sent the request. */
    readonly response?: MessageEntry,
  ) {
    super(rpc.message);
    this.name = "RpcError";
  }
}

export type EngineErrorKind =
  | "timeout"
  | "cancelled"
  | "invalid-response"
  | "send-failed"
  /** The server answered the request's POST with an HTTP error status instead of a JSON-RPC response. */
  | "http-status"
  /** The request's own response stream (Streamable HTTP) ended without its answer: reset, closed, cut mid-event. */
  | "stream-ended"
  | "closed"
  | "not-connected"
  | "not-in-era"
  | "excluded-tool";

/** A request that ended without the target's answer, and why, by kind rather than by message text. */
export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "EngineError";
  }
}

import type { ConnectError } from "../../lib/session/state";
import type { OutgoingRequests } from "./requests";
import { EngineError, RpcError } from "./errors";

/** Waits between attempts to reach an HTTP target again: quick at first, then every 30 s. */
export const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 15_000, 30_000];
/** After this many attempts (about a quarter of an hour) the engine stops and says so. */
export const MAX_ATTEMPTS = 36;
/** How long the liveness check waits for the target's answer. */
export const LIVENESS_TIMEOUT_MS = 3000;

export function retryDelay(attempt: number): number {
  return RETRY_DELAYS_MS[Math.min(attempt - 1, RETRY_DELAYS_MS.length - 1)];
}

/**
 * Whether an HTTP target is still there, asked after a transport error or a request that could
 * not be sent: a ping (server/discover in the 2026-07-28 era, which has no ping). Resolves with
 * why the connection is lost, or undefined when the target answered (even with an error).
 */
export async function checkAlive(
  requests: OutgoingRequests,
  how: { modern: boolean; sessionId(): string | undefined },
  url: string,
): Promise<ConnectError | undefined> {
  const handle = requests.start(how.modern ? "server/discover" : "ping", undefined, LIVENESS_TIMEOUT_MS);
  try {
    await handle.outcome;
    return undefined;
  } catch (err) {
    // The server answered, but the session it was given is gone (it restarted, or expired it).
    if (err instanceof RpcError) {
      const status = err.response?.http?.status;
      if (how.sessionId() && (status === 404 || status === 400)) {
        return {
          kind: "session-expired",
          message: `the server at ${url} no longer knows this session (HTTP ${status}: ${err.rpc.message}): it restarted or expired it`,
          httpStatus: status,
          stderrTail: [],
        };
      }
      return undefined;
    }
    // An HTTP error status to the ping, not a JSON-RPC error: the session is as gone as an unreachable server.
    if (err instanceof EngineError && (err.kind === "send-failed" || err.kind === "timeout" || err.kind === "http-status")) {
      const why =
        err.kind === "timeout"
          ? `did not answer within ${LIVENESS_TIMEOUT_MS / 1000} s`
          : err.kind === "http-status"
            ? `answered a ping with an HTTP error (${err.message})`
            : "cannot be reached (connection refused or reset)";
      return { kind: "connection-refused", message: `the server at ${url} ${why}`, stderrTail: [] };
    }
    return undefined;
  }
}

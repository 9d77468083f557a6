import { EngineError, RpcError } from "../engine";
import { McpHarnessError } from "../test-library/errors";
import { requestFailure } from "../test-library/failure";
import { objectOr } from "../../lib/json/shape";
import type { McpHarnessErrorKind } from "../test-library/types";

/** Longest error line an agent gets: the kind and what happened, never a stack. */
const MAX_ERROR_CHARS = 600;

/** A failure of one agent tool, in the test library's vocabulary (docs/testing.md, "Errors"). */
export function agentError(kind: McpHarnessErrorKind, tool: string, message: string): McpHarnessError {
  return new McpHarnessError(kind, tool, message);
}

/**
 * Any failure as one line an agent can act on: "kind: tool: message". An engine or JSON-RPC
 * error is sorted as the library sorts it; anything else is ours and says so as "internal".
 */
export function oneLine(tool: string, e: unknown): string {
  const err =
    e instanceof McpHarnessError ? e : e instanceof EngineError || e instanceof RpcError ? requestFailure(tool, e, () => []) : undefined;
  const text = err ? `${err.kind}: ${err.message}` : `internal: ${tool}: ${e instanceof Error ? e.message : String(e)}`;
  const flat = text.replace(/\s*\n\s*/g, " / ");
  return flat.length > MAX_ERROR_CHARS ? `${flat.slice(0, MAX_ERROR_CHARS)}… [${flat.length - MAX_ERROR_CHARS} more characters]` : flat;
}

/**
 * A tool that ran and failed at its job (a `connect` whose server did not come up): its answer
 * is whole (why, the exit status, stderr), and the result says isError: true.
 */
export class FailedAnswer extends Error {
  constructor(readonly answer: Record<string, unknown>) {
    super(typeof answer.note === "string" ? answer.note : "failed");
  }
}

/**
 * A failure whose telling part the server wrote (its error message, what it said of an unknown
 * tool, the tools it lists): the inspector's words in `message`, the server's apart in
 * `untrusted` (issue 62 point 2).
 */
export class UntrustedError extends Error {
  constructor(
    readonly kind: McpHarnessErrorKind,
    readonly tool: string,
    message: string,
    readonly untrusted: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * A failure that carries the server's words, as an answer: `error` is one line in the inspector's
 * words (`kind: call: …`), `untrusted` what the server wrote (its JSON-RPC error, stderr).
 * Undefined when the failure holds nothing of the server's: it stays one line (oneLine).
 */
export function untrustedFailure(tool: string, e: unknown): Record<string, unknown> | undefined {
  if (e instanceof UntrustedError) return { error: `${e.kind}: ${e.tool}: ${e.message}`, untrusted: e.untrusted };
  const err =
    e instanceof McpHarnessError ? e : e instanceof EngineError || e instanceof RpcError ? requestFailure(tool, e, () => []) : undefined;
  if (!err) return undefined;
  const hint = objectOr(e)?.hint;
  if (err.rpc)
    return {
      error: `${err.kind}: ${err.call}: the server answered JSON-RPC error ${err.rpc.code} (its message in untrusted)${typeof hint === "string" ? ` (hint: ${hint})` : ""}`,
      untrusted: { rpcError: err.rpc },
    };
  if (err.stderrTail.length)
    return {
      error: `${err.kind}: ${err.call}: failed (why and its stderr in untrusted)`,
      untrusted: { message: err.message, stderrTail: err.stderrTail.slice(-10) },
    };
  return undefined;
}

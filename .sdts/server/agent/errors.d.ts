import { McpHarnessError } from "../test-library/errors";
import type { McpHarnessErrorKind } from "../test-library/types";
/** A failure of one agent tool, in the test library's vocabulary (docs/testing.md, "Errors"). */
export declare function agentError(kind: McpHarnessErrorKind, tool: string, message: string): McpHarnessError;
/**
 * Any failure as one line an agent can act on: "kind: tool: message". An engine or JSON-RPC
 * error is sorted as the library sorts it; anything else is ours and says so as "internal".
 */
export declare function oneLine(tool: string, e: unknown): string;
/**
 * A tool that ran and failed at its job (a `connect` whose server did not come up): its answer
 * is whole (why, the exit status, stderr), and the result says isError: true.
 */
export declare class FailedAnswer extends Error {
    readonly answer: Record<string, unknown>;
    constructor(answer: Record<string, unknown>);
}
/**
 * A failure whose telling part the server wrote (its error message, what it said of an unknown
 * tool, the tools it lists): the inspector's words in `message`, the server's apart in
 * `untrusted` (issue 62 point 2).
 */
export declare class UntrustedError extends Error {
    readonly kind: McpHarnessErrorKind;
    readonly tool: string;
    readonly untrusted: Record<string, unknown>;
    constructor(kind: McpHarnessErrorKind, tool: string, message: string, untrusted: Record<string, unknown>);
}
/**
 * A failure that carries the server's words, as an answer: `error` is one line in the inspector's
 * words (`kind: call: …`), `untrusted` what the server wrote (its JSON-RPC error, stderr).
 * Undefined when the failure holds nothing of the server's: it stays one line (oneLine).
 */
export declare function untrustedFailure(tool: string, e: unknown): Record<string, unknown> | undefined;

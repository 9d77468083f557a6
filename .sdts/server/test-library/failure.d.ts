import type { ConnectError } from "../../lib/session/state";
import { McpHarnessError } from "./errors";
/** What a request's failure is, in the library's words, naming the call. */
export declare function requestFailure(call: string, e: unknown, stderrTail: () => string[]): McpHarnessError;
/**
 * A JSON-RPC error from the server, as sent (`rpc`). Its kind comes from what the protocol says,
 * never from the message's English: an unknown tool is told by the tool list the session holds
 * (./unknown-tool.ts), so a -32602 for a tool the server lists (bad arguments) is an rpc_error.
 */
export declare function rpcFailure(call: string, rpc: {
    code: number;
    message: string;
    data?: unknown;
}): McpHarnessError;
/** Why connect failed, as the CLI sorts it (exit 3 auth, 4 unreachable), with the server's last stderr in the message. */
export declare function connectFailure(call: string, error: ConnectError | undefined): McpHarnessError;

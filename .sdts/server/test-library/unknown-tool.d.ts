import { McpHarnessError } from "./errors";
import type { ToolResult } from "./types";
/**
 * A call that failed for a tool the server does not list is an unknown tool, whichever way the
 * server said it (a JSON-RPC error, or an isError result as the SDK's McpServer answers): the
 * error names the tool, what the server said, and what it does list. Undefined when the tool is
 * listed (a -32602 for it is about its arguments) or no listing is known: the kind comes from the
 * list, never from the wording of the server's message.
 */
export declare function unknownTool(call: string, name: string, listed: ReadonlySet<string> | undefined, result?: ToolResult, rpc?: {
    code: number;
    message: string;
    data?: unknown;
}): McpHarnessError | undefined;

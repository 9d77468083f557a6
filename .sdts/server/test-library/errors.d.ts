import type { McpHarnessErrorKind } from "./types";
/**
 * Every failure the library reports: a kind from the CLI's vocabulary, the call it failed in
 * (`callTool("echo")`), and what the server said or left behind. Never a hang, never a bare
 * SDK error.
 */
export declare class McpHarnessError extends Error {
    readonly kind: McpHarnessErrorKind;
    /** The call that failed, as written in a test: `callTool("echo")`, `connect(node server.js)`. */
    readonly call: string;
    /** The server's JSON-RPC error, exactly as sent (kind rpc_error, tool_not_found). */
    readonly rpc?: {
        code: number;
        message: string;
        data?: unknown;
    };
    /** A stdio server's last stderr lines, oldest first, when it died or failed to start. */
    readonly stderrTail: string[];
    constructor(kind: McpHarnessErrorKind, call: string, message: string, extra?: {
        rpc?: McpHarnessError["rpc"];
        stderrTail?: string[];
        cause?: unknown;
    });
}

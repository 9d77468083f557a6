import type { AgentConnection, ListedTool } from "./connection";
/**
 * List the tools (every page) as the agent, so a call on a connection nobody listed yet (the
 * page's, connected by the person) is judged against its schemas: the engine knows a tool's
 * outputSchema only from a tools/list of this process, and without one a broken result passed.
 */
export declare function listTools(c: AgentConnection): Promise<Map<string, ListedTool>>;
/** Where the arguments break the tool's inputSchema, in a line each (the call is still sent: the server's answer is the point). */
export declare function inputWarnings(t: ListedTool | undefined, args: Record<string, unknown>): string[];
/**
 * When the server asked the client for something this connection does not offer (answered
 * -32601 during the call): what to do about it, in a line. Undefined when it did not.
 */
export declare function serverAskHint(c: AgentConnection, requestSeq: number): string | undefined;

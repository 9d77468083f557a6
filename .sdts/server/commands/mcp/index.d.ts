import type { Command, CommonArgs } from "../command";
/** The command a coding agent's configuration runs: the package's own bin, so no other package can answer to it (issue 51). */
export declare const AGENT_COMMAND = "npx -y mcp-inspector-harness mcp";
export interface McpArgs extends CommonArgs {
    /** --dir: the folder save_session writes in (default the working directory). */
    dir?: string;
}
/** `inspector mcp`: the inspector as an MCP server over stdio, for coding agents (docs/agents.md). */
export declare const mcpCommand: Command<McpArgs>;

import type { AgentTool } from "./define";
/** Every tool of `inspector mcp`, in the order an agent meets them. */
export declare const AGENT_TOOLS: readonly AgentTool[];

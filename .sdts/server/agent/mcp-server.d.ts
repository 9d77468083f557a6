import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import type { AgentContext, AgentTool } from "./define";
/**
 * The inspector as an MCP server for coding agents: each tool of AGENT_TOOLS with its arguments
 * checked strictly (arguments.ts), its answer bounded (bound.ts), any failure one line with its
 * kind as a tool error, never a stack and never a crash.
 */
export declare function createAgentServer(given: AgentContext, tools?: readonly AgentTool[]): Server;

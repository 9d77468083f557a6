// The SDK's *server* side, for the inspector's own MCP face; the engine still owns the client.
// eslint-disable-next-line no-restricted-imports -- inspector mcp is an MCP server: the SDK's McpServer speaks the protocol for it
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as z from "zod";
import { VERSION } from "../paths";
import { bounded } from "./bound";
import { oneLine } from "./errors";
import type { AgentContext, AgentTool } from "./define";
import { AGENT_TOOLS } from "./tools";

const CUT = z
  .object({ size: z.string(), path: z.string(), note: z.string() })
  .optional()
  .describe("present when the answer was cut to fit: the whole answer is in path");

const INSTRUCTIONS =
  "The MCP Inspector as tools: connect to an MCP server you are building, call it, read its stderr, exit status and protocol findings, restart it after a fix and see what changed. Every answer is bounded; a cut answer says where the whole one is.";

/**
 * The inspector as an MCP server for coding agents: each tool of AGENT_TOOLS, its answer bounded
 * (bound.ts), any failure one line with its kind as a tool error, never a stack and never a crash.
 */
export function createAgentServer(ctx: AgentContext, tools: readonly AgentTool[] = AGENT_TOOLS): McpServer {
  const server = new McpServer({ name: "mcp-inspector", version: VERSION }, { instructions: INSTRUCTIONS });
  for (const t of tools) {
    server.registerTool(
      t.name,
      { description: t.description, inputSchema: t.input, outputSchema: { ...t.output, cut: CUT } },
      async (args: Record<string, unknown>) => {
        try {
          const answer = bounded(t.name, await t.run(args, ctx));
          return { content: [{ type: "text" as const, text: JSON.stringify(answer) }], structuredContent: answer };
        } catch (e) {
          return { content: [{ type: "text" as const, text: oneLine(t.name, e) }], isError: true };
        }
      },
    );
  }
  return server;
}

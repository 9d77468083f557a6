// eslint-disable-next-line no-restricted-imports -- inspector mcp is an MCP server: the SDK's stdio server transport carries it
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { Connections } from "./connections";
import { createAgentServer } from "./mcp-server";

/**
 * `inspector mcp`: the agent tools over this process's stdin and stdout (nothing else may write
 * to stdout). Resolves when the agent closes stdin; every connection it opened is closed first
 * (a stdio target's process group ends with it).
 */
export async function serveStdio(): Promise<void> {
  const connections = new Connections();
  const server = createAgentServer({ connections, attached: false });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once("end", () => resolve());
  });
  await server.connect(transport);
  await closed;
  await connections.closeAll();
  await server.close().catch(() => undefined);
}

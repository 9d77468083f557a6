// eslint-disable-next-line no-restricted-imports -- inspector mcp is an MCP server: the SDK's stdio server transport carries it
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { Connections } from "./connections";
import { AgentFiles } from "./files";
import { createAgentServer } from "./mcp-server";

/**
 * `inspector mcp`: the agent tools over this process's stdin and stdout (nothing else may write
 * to stdout). Resolves when the agent closes stdin; every connection it opened is closed first
 * (a stdio target's process group ends with it), and the cut answers' folder is removed.
 * `root`: the folder save_session writes in (default the working directory).
 */
export async function serveStdio(opts: { root?: string } = {}): Promise<void> {
  const connections = new Connections();
  const files = new AgentFiles(opts.root);
  const server = createAgentServer({ connections, attached: false, files });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once("end", () => resolve());
  });
  await server.connect(transport);
  await closed;
  await connections.closeAll();
  await server.close().catch(() => undefined);
  files.dispose();
}

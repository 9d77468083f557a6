import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { Connections } from "../../server/agent/connections";
import { AgentFiles } from "../../server/agent/files";
import { createAgentServer } from "../../server/agent/mcp-server";

/** An SDK client, as an agent holds it, on `inspector mcp`'s tools in this process (an in-memory pair). */
export async function agentClient(opts: { root?: string } = {}): Promise<{ client: Client; files: AgentFiles; close(): Promise<void> }> {
  const connections = new Connections();
  const files = new AgentFiles(opts.root);
  const server = createAgentServer({ connections, attached: false, files });
  const [a, b] = InMemoryTransport.createLinkedPair();
  await server.connect(a);
  const client = new Client({ name: "agent-test", version: "1.0.0" });
  await client.connect(b);
  return {
    client,
    files,
    close: async () => {
      await client.close();
      await connections.closeAll();
      await server.close();
      files.dispose();
    },
  };
}

export interface Answer {
  isError: boolean;
  text: string;
  data: Record<string, unknown>;
}

/** Call one agent tool; the answer's text, and its structured content when it is no error. */
export async function use(client: Client, name: string, args: Record<string, unknown> = {}): Promise<Answer> {
  const r = await client.callTool({ name, arguments: args });
  const content = r.content as Array<{ type: string; text?: string }>;
  const text = content.map((c) => c.text ?? "").join("");
  return { isError: r.isError === true, text, data: (r.structuredContent as Record<string, unknown>) ?? {} };
}

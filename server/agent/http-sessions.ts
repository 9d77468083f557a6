import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
// eslint-disable-next-line no-restricted-imports -- inspector mcp is an MCP server: the SDK's Streamable HTTP server transport carries it
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { Connections } from "./connections";
import { createAgentServer } from "./mcp-server";
import { AgentFiles } from "./files";
import type { AgentLink } from "./connection";

/**
 * The agent tools over Streamable HTTP, one MCP session per agent (Mcp-Session-Id), all on the
 * page's engine: the "page" connection is the one the person sees. Requests reach this only after
 * the token, Host and Origin checks (http.ts).
 */
export class AgentSessions {
  private readonly transports = new Map<string, StreamableHTTPServerTransport>();
  private readonly connections: Connections;
  private readonly files: AgentFiles;

  constructor(page: AgentLink, root?: string) {
    this.connections = new Connections("page", page);
    this.files = new AgentFiles(root);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = req.headers["mcp-session-id"];
    const known = typeof id === "string" ? this.transports.get(id) : undefined;
    if (known) return known.handleRequest(req, res);
    if (typeof id === "string") return reply(res, 404, "unknown Mcp-Session-Id: initialize a new session");
    if (req.method !== "POST") return reply(res, 400, "no Mcp-Session-Id: POST an initialize request first");
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (sid) => void this.transports.set(sid, transport),
    });
    transport.onclose = () => {
      if (transport.sessionId) this.transports.delete(transport.sessionId);
    };
    await createAgentServer({ connections: this.connections, attached: true, files: this.files }).connect(transport);
    await transport.handleRequest(req, res);
  }

  /** End every agent session; the page's connection is the person's and stays as it is. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.transports.values()].map((t) => t.close()));
    await this.connections.closeAll();
    this.files.dispose();
  }
}

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null }));
}

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hostAllowed, originAllowed, tokenMatches, tokenOf } from "../bridge/security";
import type { AgentLink } from "./connection";
import { listenBothLoopbacks } from "../loopbacks";
import type { AgentSessions } from "./http-sessions";

export interface AgentEndpoint {
  /** http://127.0.0.1:PORT/mcp */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The agent tools over Streamable HTTP beside a running page, on a loopback port of their own:
 * every request must name this machine by a loopback Host (DNS rebinding), come from no browser
 * page but this one's own origin, and carry the agent's or the page's token (`Authorization: Bearer`), checked
 * as the page's API checks them (server/bridge/security.ts), before anything is parsed or run.
 * The SDK's half loads on the first request that passes; `page` waits for the engine's half.
 */
export async function startAgentEndpoint(opts: {
  /** The tokens accepted: the agent's own, and the page's (a script's, or one the person fixed with INSPECTOR_TOKEN). */
  tokens: readonly string[];
  port?: number;
  /** The folder save_session writes in (default the working directory). */
  root?: string;
  page: () => Promise<AgentLink>;
}): Promise<AgentEndpoint> {
  let sessions: Promise<AgentSessions> | undefined;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const deny = (status: number, why: string) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(why);
    };
    if (!hostAllowed(req.headers.host)) return deny(403, "this endpoint answers to a loopback Host only");
    if (!originAllowed(req.headers.origin, req.headers.host)) return deny(403, "cross-origin requests are refused");
    const given = tokenOf(req.headers);
    // Every token compared (no early exit): which one matched is not told by the time taken.
    if (!opts.tokens.map((t) => tokenMatches(given, t)).includes(true))
      return deny(401, "the inspector's token is required: Authorization: Bearer <token>");
    if (url.pathname !== "/mcp") return deny(404, "the MCP endpoint is /mcp");
    sessions ??= (async () => new (await import("./http-sessions")).AgentSessions(await opts.page(), opts.root))();
    sessions
      .then((s) => s.handle(req, res))
      .catch((e: unknown) => {
        if (!res.headersSent) deny(500, `inspector mcp: ${e instanceof Error ? e.message : String(e)}`);
        else res.end();
      });
  });
  // Both loopbacks (issue 88): an agent told `localhost` must not reach another account's listener on [::1].
  await listenBothLoopbacks(server, opts.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    port,
    async close() {
      await (await sessions?.catch(() => undefined))?.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

import http from "node:http";
import type { AddressInfo } from "node:net";
import { otherUserRefusal, socketOwnerUid } from "../peer-uid";
import { listenBothLoopbacks } from "../loopbacks";

export interface CallbackServer {
  /** The redirect URI to register: http://127.0.0.1:PORT/oauth/callback, or the one asked for. */
  url: string;
  close(): void;
}

/**
 * A loopback HTTP server for a headless login: the authorization server sends the person's
 * browser back here, and `finish` gets the query (code and state; the state check is the OAuth
 * session's). Listens on the port of `wanted` (a --callback-url) or any free one.
 */
export async function startCallbackServer(
  wanted: string | undefined,
  finish: (query: string) => Promise<void>,
  peerUid: (req: http.IncomingMessage) => number | undefined = socketOwnerUid,
): Promise<CallbackServer> {
  const want = wanted ? new URL(wanted) : undefined;
  const path = want?.pathname ?? "/oauth/callback";
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method !== "GET" || url.pathname !== path) return void res.writeHead(404).end();
    // Login CSRF (issue 38 item 11): the login URL (state, PKCE challenge) is in the opener's and
    // the browser's argv, so another local user can log in as themselves and deliver their code.
    const foreign = otherUserRefusal(req, peerUid);
    if (foreign) return reply(res, 403, `Refused: ${foreign}. The login goes on waiting for yours.`);
    finish(url.search).then(
      () => reply(res, 200, "Logged in. You can close this tab: the inspector goes on."),
      (e: Error) => reply(res, 400, `The login did not complete: ${e.message}`),
    );
  });
  // Both loopbacks (issue 88): a redirect to localhost reaches [::1] first in a browser, where another account could wait for the code.
  await listenBothLoopbacks(server, want ? Number(want.port || 80) : 0, want?.hostname === "[::1]" ? "::1" : "127.0.0.1");
  server.unref();
  const port = (server.address() as AddressInfo).port;
  return { url: want ? want.href : `http://127.0.0.1:${port}${path}`, close: () => server.close() };
}

/** Plain text in a page that runs nothing. */
function reply(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": "default-src 'none'",
    "Cache-Control": "no-store",
  });
  res.end(
    `<!doctype html><meta charset="utf-8"><title>MCP Inspector login</title><p>${text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`,
  );
}

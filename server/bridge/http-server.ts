import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocketServer } from "ws";
import type { AddressInfo } from "node:net";
import { hostAllowed, originAllowed, tokenMatches, tokenOf } from "./security";
import { proofFor, socketTokenOf } from "./proof";
import { MIN_NONCE_LENGTH, PROOF_PATH, WS_PROTOCOL } from "../../lib/wire/proof";
import { baseHeaderLines, setBaseHeaders } from "./security-headers";
import { otherUserRefusal } from "../peer-uid";

export type PageHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export type ApiHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface InspectorServerOptions {
  host: string;
  port: number;
  token: string;
  /** Host names allowed in the Host header beyond loopback (when bound to another interface). */
  extraHostnames?: string[];
  /** Serves the page (its static files); only called for requests that passed every check. */
  pages: PageHandler;
  /** Authenticated /api/* routes; return false for "not mine" (404). */
  api: ApiHandler;
  /**
   * GET /oauth/callback: where an authorization server sends the person back after a login. No
   * token (the redirect cannot carry it); the login's random state is what makes it the person's.
   */
  oauthCallback?: (url: URL) => Promise<{ ok: boolean; message: string }>;
  /** The uid that owns a connection's client end (Linux; tests inject one): another user's callback is refused. */
  peerUid?: (req: IncomingMessage) => number | undefined;
  /** Called with each authenticated WebSocket. */
  onSocket: (ws: import("ws").WebSocket) => void;
  /** Largest WebSocket frame accepted from a page. */
  maxFrameBytes?: number;
  /** ws starts loading once this settles (default: once the server listens); a socket that comes sooner loads it at once. */
  loadSocketsAfter?: Promise<unknown>;
}

export const WS_PATH = "/ws";
export const OAUTH_CALLBACK_PATH = "/oauth/callback";

/** A page that says how the login went, in plain text: nothing from the request is echoed as HTML. */
function callbackPage(res: ServerResponse, ok: boolean, message: string): void {
  const text = ok ? "Logged in. You can close this tab: the inspector goes on." : `The login did not complete: ${message}`;
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  res.writeHead(ok ? 200 : 400, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  res.end(`<!doctype html><meta charset="utf-8"><title>MCP Inspector login</title><p>${escaped}</p>`);
}

/**
 * One HTTP server for the page, the API and the WebSocket. Every request must name a loopback
 * host and, when a browser names an Origin, come from this server's own origin; /api/* and the
 * WebSocket also need the launch token. The page's files do not: they are the package's public
 * files and hold no session data, and a shared session link must open read-only in a browser
 * that never had the token (the recording travels in the URL fragment; nothing can run without
 * the socket). Refusals spawn nothing.
 */
export function createInspectorServer(opts: InspectorServerOptions): http.Server {
  // ws (with the https, tls and zlib modules it loads) comes after the URL is printed, not
  // before: loading it is about 15 ms on the way to the first paint. It starts loading as soon as
  // the server listens, or once `loadSocketsAfter` settles (the launcher: its target's connect,
  // so that ws is not on the way there either); an upgrade that comes sooner loads it and waits
  // for it (the client sends nothing before the handshake's answer, so nothing is lost meanwhile).
  let wss: Promise<WebSocketServer> | undefined;
  const sockets = () =>
    (wss ??= import("ws").then(
      ({ WebSocketServer }) =>
        new WebSocketServer({
          noServer: true,
          maxPayload: opts.maxFrameBytes ?? 16 * 1024 * 1024,
          // A page's socket asks for ours and sends its token as another: only ours is answered (the token is not echoed).
          handleProtocols: (protocols) => (protocols.has(WS_PROTOCOL) ? WS_PROTOCOL : false),
        }),
    ));
  const server = http.createServer((req, res) => void handleHttp(req, res));
  const warm = () => setImmediate(() => void sockets());
  server.once("listening", () => (opts.loadSocketsAfter ? void opts.loadSocketsAfter.finally(warm).catch(() => undefined) : warm()));

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setBaseHeaders(res);
    if (!hostAllowed(req.headers.host, opts.extraHostnames))
      return refuse(res, 403, "Forbidden: the Host header must name localhost or a loopback address");
    // No service worker on this origin (issue 75): the origin is http://127.0.0.1:PORT, and a worker
    // outlives the server that let it in; it would read the page of every later run on that port.
    if (req.headers["service-worker"] !== undefined) return refuse(res, 403, "Forbidden: this server registers no service worker");
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!originAllowed(req.headers.origin, req.headers.host)) return refuse(res, 403, "Forbidden: a request from another origin");
    if (req.method === "GET" && url.pathname === PROOF_PATH) return answerProof(res, url);
    if (url.pathname.startsWith("/api/")) {
      if (!tokenMatches(tokenOf(req.headers), opts.token))
        return refuse(res, 401, "Unauthorized: open the URL the launcher printed (it carries the token)");
      try {
        if (!(await opts.api(req, res, url))) refuse(res, 404, "Not found");
      } catch (err) {
        if (!res.headersSent) refuse(res, 500, err instanceof Error ? err.message : String(err));
      }
      return;
    }
    if (req.method === "GET" && url.pathname === OAUTH_CALLBACK_PATH && opts.oauthCallback) {
      // Login CSRF (issue 38 item 11): the login URL is in the opener's and the browser's argv; another
      // local user's process could deliver a code of their own login here, as /launch refuses its code.
      const foreign = otherUserRefusal(req, opts.peerUid);
      if (foreign) return callbackPage(res, false, `Refused: ${foreign}. The login goes on waiting for yours.`);
      const { ok, message } = await opts.oauthCallback(url).catch((e: Error) => ({ ok: false, message: e.message }));
      return callbackPage(res, ok, message);
    }
    try {
      await opts.pages(req, res);
    } catch (err) {
      if (!res.headersSent) refuse(res, 500, `the page could not be served: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /**
   * The page's challenge (lib/wire/proof.ts): this server shows it holds the token before the page
   * sends it. No token asked: the answer is an HMAC for this port, worth nothing on another.
   */
  function answerProof(res: ServerResponse, url: URL): void {
    const nonce = url.searchParams.get("nonce") ?? "";
    if (!/^[0-9a-f]+$/.test(nonce) || nonce.length < MIN_NONCE_LENGTH || nonce.length > 256) return refuse(res, 400, "a hex nonce, please");
    const port = (server.address() as AddressInfo).port;
    res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
    res.end(JSON.stringify({ proof: proofFor(opts.token, port, nonce), port }));
  }

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== WS_PATH) return refuseUpgrade(socket, 404, "Not Found");
    if (!hostAllowed(req.headers.host, opts.extraHostnames)) return refuseUpgrade(socket, 403, "Forbidden");
    if (!originAllowed(req.headers.origin, req.headers.host)) return refuseUpgrade(socket, 403, "Forbidden");
    if (!tokenMatches(tokenOf(req.headers) ?? socketTokenOf(req.headers), opts.token)) return refuseUpgrade(socket, 401, "Unauthorized");
    sockets().then(
      (w) => w.handleUpgrade(req, socket, head, (ws) => opts.onSocket(ws)),
      () => refuseUpgrade(socket, 500, "Internal Server Error"),
    );
  });

  server.on("close", () => void wss?.then((w) => w.close()));
  return server;
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  res.end(JSON.stringify({ error: message }));
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\n${baseHeaderLines()}Content-Type: text/plain\r\nContent-Length: ${text.length}\r\n\r\n${text}`,
  );
}

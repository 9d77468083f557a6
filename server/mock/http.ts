import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { listenBothLoopbacks } from "../loopbacks";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { hostAllowed, originAllowed } from "../bridge/security";
import { isRequest } from "../../lib/protocol/jsonrpc";
import type { Channel, MockSession } from "./session";

const MAX_BODY = 16 * 1024 * 1024;

export interface HttpMock {
  url: string;
  server: Server;
  /** Stop listening and end every session. */
  close(): Promise<void>;
}

/**
 * Serve Streamable HTTP on 127.0.0.1: POST /mcp answers a request with application/json, or
 * with an event stream when the recording has server messages to play around the response and
 * the client accepts one. `Mcp-Session-Id` is issued on initialize and required after it; GET
 * (a standalone stream) is 405; DELETE ends the session.
 */
export async function serveHttp(port: number, newSession: () => MockSession, stateless = false): Promise<HttpMock> {
  const sessions = new Map<string, MockSession>();
  // A 2026-07-28 recording: the era has no sessions, so every request shares one mock session.
  if (stateless) sessions.set(STATELESS, newSession());
  const server = createServer((req, res) => {
    void route(req, res, sessions, newSession, stateless).catch((e) => {
      if (!res.headersSent)
        reply(res, 500, { jsonrpc: "2.0", id: null, error: { code: -32603, message: `mock: ${(e as Error).message}` } });
      else res.end();
    });
  });
  // Both loopbacks (issue 88): a host told `localhost` must not reach another account's server on [::1].
  await listenBothLoopbacks(server, port);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
  return {
    url,
    server,
    close: async () => {
      for (const s of sessions.values()) s.close();
      sessions.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const STATELESS = "";

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  sessions: Map<string, MockSession>,
  newSession: () => MockSession,
  stateless: boolean,
): Promise<void> {
  // DNS rebinding: a page elsewhere must not reach a server on this machine through a name it controls.
  if (!hostAllowed(req.headers.host) || !originAllowed(req.headers.origin, req.headers.host))
    return reply(res, 403, rpcError(-32000, "Forbidden: Host or Origin is not this machine"));
  const path = new URL(req.url ?? "/", "http://x").pathname;
  if (path !== "/mcp") return reply(res, 404, rpcError(-32000, `Not found: the mock serves /mcp`));
  const id = header(req, "mcp-session-id");
  if (req.method === "GET") {
    res.writeHead(405, { Allow: "POST, DELETE" }).end();
    return;
  }
  if (req.method === "DELETE") {
    const s = id ? sessions.get(id) : undefined;
    if (!s) return reply(res, 404, rpcError(-32001, "Session not found"));
    s.close();
    sessions.delete(id!);
    res.writeHead(200).end();
    return;
  }
  if (req.method !== "POST") {
    res.writeHead(405, { Allow: "POST, DELETE" }).end();
    return;
  }
  let message: unknown;
  try {
    message = JSON.parse(await body(req));
  } catch (e) {
    return reply(res, (e as Error).message === "too large" ? 413 : 400, rpcError(-32700, "Parse error: the body is not JSON"));
  }
  const initialize = isRequest(message) && message.method === "initialize";
  let session = stateless ? sessions.get(STATELESS) : id ? sessions.get(id) : undefined;
  let newId: string | undefined;
  if (stateless) {
    // No Mcp-Session-Id is issued or asked for.
  } else if (initialize) {
    newId = randomUUID();
    session = newSession();
    sessions.set(newId, session);
  } else if (!id) return reply(res, 400, rpcError(-32000, "Bad Request: Mcp-Session-Id header is required"));
  else if (!session) return reply(res, 404, rpcError(-32001, "Session not found"));
  const extra: Record<string, string> = newId ? { "Mcp-Session-Id": newId } : {};
  if (!isRequest(message)) {
    // A notification or a response: accepted; what it causes can only go to a stream, which
    // this mock does not keep open (GET is 405), so it is counted as undelivered.
    await session!.handle(message, { send: () => false });
    res.writeHead(202, extra).end();
    return;
  }
  const sse = /text\/event-stream/.test(header(req, "accept") ?? "");
  await session!.handle(message, channelFor(res, extra, sse));
  // The recording has no response to this request (the server never answered): an event stream
  // that ends without one is the nearest an HTTP answer gets to that.
  if (!res.headersSent) res.writeHead(200, { ...extra, "Content-Type": "text/event-stream" });
  if (!res.writableEnded) res.end();
}

/** One POST's way back: JSON with just the response, or an event stream when there is more to send. */
function channelFor(res: ServerResponse, extra: Record<string, string>, acceptsSse: boolean): Channel {
  let streaming = false;
  return {
    open(wantsStream) {
      streaming = wantsStream && acceptsSse;
      if (streaming) res.writeHead(200, { ...extra, "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
    },
    send(message) {
      if (streaming) {
        res.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
        return true;
      }
      if (res.headersSent || !("result" in message || "error" in message)) return false;
      res.writeHead(200, { ...extra, "Content-Type": "application/json" }).end(JSON.stringify(message));
      return true;
    },
  };
}

function reply(res: ServerResponse, status: number, payload: object): void {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(payload));
}

function rpcError(code: number, message: string): object {
  return { jsonrpc: "2.0", id: null, error: { code, message } };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error("too large"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

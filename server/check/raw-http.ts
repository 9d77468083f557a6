import http from "node:http";
import https from "node:https";
import { SseParser, type SseEvent } from "../engine/sse-parser";

// Requests below the SDK for `check`'s transport probes, with node:http: they need what a
// well-behaved client never sends (a foreign Origin or Host, an ended session's id, a
// Last-Event-ID), and they read only as much of an answer as they judge.

/** How long a probe waits for an answer, and for a stream to bring what it expects. */
export const RAW_HTTP_WAIT_MS = 5000;

const PROBE_CLIENT = { name: "mcp-inspector-harness-check-probe", version: "0" };
/** The version a 2026-07-28 probe names in its envelope and its MCP-Protocol-Version header. */
export const MODERN_VERSION = "2026-07-28";

/** The initialize a probe opens its own session with. */
export const initialize = (id: number) => ({
  jsonrpc: "2.0",
  id,
  method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: PROBE_CLIENT },
});

/**
 * A probe's first request in the server's era: `initialize` (legacy), or in the 2026-07-28 era
 * `server/discover` with the `_meta` envelope and the headers that must mirror it (a modern server
 * refuses a bare initialize, so an initialize would only ever measure that refusal).
 */
export function opening(era: "legacy" | "modern", id: number): { body: unknown; headers: Record<string, string> } {
  if (era === "legacy") return { body: initialize(id), headers: {} };
  const _meta = {
    "io.modelcontextprotocol/protocolVersion": MODERN_VERSION,
    "io.modelcontextprotocol/clientInfo": PROBE_CLIENT,
    "io.modelcontextprotocol/clientCapabilities": {},
  };
  return {
    body: { jsonrpc: "2.0", id, method: "server/discover", params: { _meta } },
    headers: { "mcp-method": "server/discover", "mcp-protocol-version": MODERN_VERSION },
  };
}

export interface Stream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** SSE events until `until` says stop, the stream ends, or the wait is over; the stream is then closed. */
  events(until: (e: SseEvent) => boolean): Promise<SseEvent[]>;
  /** The whole body as text (a JSON answer), within the wait. */
  text(): Promise<string>;
  close(): void;
}

/** One request; resolves with its answer's status and headers, its body left to read or close. */
export function open(url: URL, method: string, headers: Record<string, string>, body?: unknown): Promise<Stream> {
  const lib = url.protocol === "https:" ? https : http;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method,
        timeout: RAW_HTTP_WAIT_MS,
        headers: {
          accept: method === "GET" ? "text/event-stream" : "application/json, text/event-stream",
          ...(payload !== undefined ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(payload)) } : {}),
          ...headers,
        },
      },
      (res) => {
        const close = () => res.destroy();
        const events = (until: (e: SseEvent) => boolean) =>
          new Promise<SseEvent[]>((done) => {
            const got: SseEvent[] = [];
            const parser = new SseParser();
            const finish = () => {
              clearTimeout(timer);
              close();
              done(got);
            };
            const timer = setTimeout(finish, RAW_HTTP_WAIT_MS);
            res.setEncoding("utf8");
            res.on("data", (text: string) => {
              for (const e of parser.feed(text)) {
                got.push(e);
                if (until(e)) return finish();
              }
            });
            res.on("end", finish);
            res.on("error", finish);
          });
        const text = () =>
          new Promise<string>((done) => {
            let body = "";
            const timer = setTimeout(() => (close(), done(body)), RAW_HTTP_WAIT_MS);
            res.setEncoding("utf8");
            res.on("data", (t: string) => (body += t));
            res.on("end", () => (clearTimeout(timer), done(body)));
            res.on("error", () => (clearTimeout(timer), done(body)));
          });
        resolve({ status: res.statusCode ?? 0, headers: res.headers, events, text, close });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${RAW_HTTP_WAIT_MS / 1000} s`)));
    req.on("error", reject);
    req.end(payload);
  });
}

/** One request for its status and headers only: the answer is not read. */
export async function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  const s = await open(url, method, headers, body);
  s.close();
  return { status: s.status, headers: s.headers };
}

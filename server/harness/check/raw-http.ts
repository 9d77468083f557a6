import http from "node:http";
import https from "node:https";
import { SseParser, type SseEvent } from "../../engine/sse-parser";

// Requests below the SDK for `check`'s transport probes, with node:http: they need what a
// well-behaved client never sends (a foreign Origin or Host, an ended session's id, a
// Last-Event-ID), and they read only as much of an answer as they judge.

/** How long a probe waits for an answer, and for a stream to bring what it expects. */
export const RAW_HTTP_WAIT_MS = 5000;

/** The initialize a probe opens its own session with. */
export const initialize = (id: number) => ({
  jsonrpc: "2.0",
  id,
  method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "mcp-inspector-harness-check-probe", version: "0" } },
});

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
export async function send(url: URL, method: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  const s = await open(url, method, headers, body);
  s.close();
  return { status: s.status, headers: s.headers };
}

import type { OutgoingHttpHeaders } from "node:http";
import type { Readable, Writable } from "node:stream";
import { asRecord } from "../../lib/json/shape";
import { factsOf, responseCopy, upstream } from "./http-forward";
import type { TapRecorder } from "./recorder";

export interface StdioToHttpOptions {
  url: string;
  bearer?: string;
  host: { input: Readable; output: Writable; log: Writable };
  recorder: TapRecorder;
}

/**
 * `tap --server-url URL` without --listen: stdio to the host, Streamable HTTP to the server (as
 * mcp-remote does for hosts that start only stdio servers). Each line the host writes is POSTed
 * as it is (the line's text is the body); each JSON answer or SSE event's data goes to the host as
 * one line, as the server wrote it. The session id and protocol version the server gave ride on
 * every later request; a GET stream carries what the server sends on its own.
 */
export function stdioToHttp(o: StdioToHttpOptions): Promise<number> {
  const url = new URL(o.url);
  let sessionId: string | undefined;
  let protocolVersion: string | undefined;
  let listening = false;
  let partial = "";
  /** Requests whose answer is still coming (an SSE stream may stay open): ended with the host. */
  const open = new Set<ReturnType<typeof upstream>>();
  let ended = false;
  let finish!: (code: number) => void;
  const done = new Promise<number>((r) => (finish = r));
  const headers = (extra: OutgoingHttpHeaders = {}): OutgoingHttpHeaders => ({
    accept: "application/json, text/event-stream",
    ...(sessionId ? { "mcp-session-id": sessionId } : {}),
    ...(protocolVersion ? { "mcp-protocol-version": protocolVersion } : {}),
    ...(o.bearer ? { authorization: `Bearer ${o.bearer}` } : {}),
    ...extra,
  });
  const toHost = (text: string) => o.host.output.write(text.endsWith("\n") ? text : text + "\n");
  const settle = () => {
    if (ended && open.size === 0) finish(0);
  };

  function post(line: string): void {
    let m: Record<string, unknown> = {};
    try {
      m = asRecord(JSON.parse(line));
    } catch {
      // Not JSON: it goes to the server as it is, which answers as it will (a parse error).
    }
    const h = headers({ "content-type": "application/json", "content-length": Buffer.byteLength(line) });
    const req = upstream(url, "POST", h);
    open.add(req);
    req.on("response", (res) => {
      const sid = res.headers["mcp-session-id"];
      if (typeof sid === "string") sessionId = sid;
      const facts = factsOf("POST", h, res);
      o.recorder.frame("host", line, facts);
      const copy = responseCopy(o.recorder, facts, (text) => {
        toHost(text);
        const r = asRecord(asRecord(JSON.parse(text)).result);
        if (m.method === "initialize" && typeof r.protocolVersion === "string") protocolVersion = r.protocolVersion;
      });
      res.on("data", (c: Buffer) => copy.chunk(c));
      res.on("end", () => {
        copy.end();
        const status = res.statusCode ?? 0;
        // A request the server refused at the HTTP level still needs its JSON-RPC answer, or the host waits forever.
        if (status >= 400 && m.id !== undefined && m.method !== undefined)
          toHost(
            JSON.stringify({
              jsonrpc: "2.0",
              id: m.id,
              error: { code: -32000, message: `the server answered HTTP ${status} (through mcp-inspector-harness tap)` },
            }),
          );
        if (m.method === "notifications/initialized") listen();
        open.delete(req);
        settle();
      });
    });
    req.on("error", (e) => {
      o.host.log.write(`mcp-inspector-harness tap: cannot reach ${o.url}: ${e.message}\n`);
      if (m.id !== undefined && m.method !== undefined)
        if (!ended)
          toHost(JSON.stringify({ jsonrpc: "2.0", id: m.id, error: { code: -32000, message: `cannot reach the server: ${e.message}` } }));
      open.delete(req);
      settle();
    });
    req.end(line);
  }

  /** The GET stream for what the server sends unasked (a server without one answers 405: fine). */
  function listen(): void {
    if (listening || !sessionId) return;
    listening = true;
    const h = headers();
    const req = upstream(url, "GET", h);
    req.on("response", (res) => {
      if ((res.statusCode ?? 0) !== 200) return void res.resume();
      const copy = responseCopy(o.recorder, factsOf("GET", h, res), toHost);
      res.on("data", (c: Buffer) => copy.chunk(c));
      res.on("end", () => copy.end());
    });
    req.on("error", () => undefined);
    req.end();
    getStream = req;
  }
  let getStream: ReturnType<typeof upstream> | undefined;

  o.host.input.on("data", (c: Buffer) => {
    const text = partial + c.toString("utf8");
    const lines = text.split("\n");
    partial = lines.pop()!;
    for (const raw of lines) {
      const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      if (line.trim()) post(line);
    }
  });
  o.host.input.on("end", () => {
    ended = true;
    getStream?.destroy();
    // The host is gone: streams still open (a cancelled call's) have nobody to read them.
    for (const req of open) req.destroy();
    open.clear();
    if (sessionId) {
      // The session ends with the host: the server may free it now (a DELETE, as the spec offers).
      const del = upstream(url, "DELETE", headers());
      del.on("response", (r) => r.resume());
      del.on("error", () => undefined);
      del.end();
    }
    o.recorder.lifecycle("disconnected", "the host closed the connection");
    settle();
  });
  return done.then((code) => {
    o.recorder.end();
    return code;
  });
}

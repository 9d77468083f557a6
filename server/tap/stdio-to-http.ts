import type { OutgoingHttpHeaders } from "node:http";
import type { Readable, Writable } from "node:stream";
import { asRecord } from "../../lib/json/shape";
import { LineSplitter } from "../engine/line-splitter";
import { factsOf, responseCopy, upstream } from "./http-forward";
import type { TapRecorder } from "./recorder";
import { TapAuthorization, type TapOAuth } from "./tap-oauth";

export type { TapOAuth } from "./tap-oauth";

export interface StdioToHttpOptions {
  url: string;
  /** A token given (--bearer-env): sent as is, no flow. */
  bearer?: string;
  /**
   * Without a bearer: the inspector's own OAuth flow, run on a 401 (or a 403 insufficient_scope)
   * that carries a WWW-Authenticate; tokens in memory only. `false`: such a 401 reaches the host.
   */
  oauth?: TapOAuth | false;
  host: { input: Readable; output: Writable; log: Writable };
  recorder: TapRecorder;
}

/**
 * `tap --server-url URL` without --listen: stdio to the host, Streamable HTTP to the server (as
 * mcp-remote does for hosts that start only stdio servers). Each line the host writes is POSTed
 * as it is (the line's text is the body); each JSON answer or SSE event's data goes to the host as
 * one line, as the server wrote it. The session id and protocol version the server gave ride on
 * every later request; a GET stream carries what the server sends on its own. A server that
 * wants authorization gets it through the inspector's OAuth flow (tap-oauth.ts): the host's line
 * waits, and is sent again with the token.
 */
export function stdioToHttp(o: StdioToHttpOptions): Promise<number> {
  const url = new URL(o.url);
  let sessionId: string | undefined;
  let protocolVersion: string | undefined;
  let listening = false;
  /** Requests whose answer is still coming (an SSE stream may stay open): ended with the host. */
  const open = new Set<ReturnType<typeof upstream>>();
  let ended = false;
  let finish!: (code: number) => void;
  const done = new Promise<number>((r) => (finish = r));
  const auth = !o.bearer && o.oauth !== false ? new TapAuthorization(o.url, o.oauth ?? {}, o.host.log) : undefined;
  /** The Authorization header of the next request: the given bearer, or the flow's token (refreshed when due). */
  let authorization: string | undefined = o.bearer ? `Bearer ${o.bearer}` : undefined;
  const headers = (extra: OutgoingHttpHeaders = {}): OutgoingHttpHeaders => ({
    accept: "application/json, text/event-stream",
    ...(sessionId ? { "mcp-session-id": sessionId } : {}),
    ...(protocolVersion ? { "mcp-protocol-version": protocolVersion } : {}),
    ...(authorization ? { authorization } : {}),
    ...extra,
  });
  /**
   * The host's lines go out in the order it wrote them: each waits for the one before it to be
   * sent (not answered), and for the token when one is being fetched or refreshed.
   */
  let sending: Promise<void> = Promise.resolve();
  const inOrder = (line: string, retried = false) => {
    sending = sending
      .then(async () => {
        if (auth) authorization = await auth.header();
        if (!ended || retried) post(line, retried);
      })
      // One line's failure never stops the ones after it.
      .catch((e: unknown) => void o.host.log.write(`mcp-inspector-harness tap: ${e instanceof Error ? e.message : String(e)}\n`));
  };
  /** A JSON-RPC error for a request of the host's that will get no answer from the server. */
  const fail = (m: Record<string, unknown>, message: string) => {
    if (m.id !== undefined && m.method !== undefined && !ended)
      toHost(JSON.stringify({ jsonrpc: "2.0", id: m.id, error: { code: -32000, message } }));
  };
  const toHost = (text: string) => o.host.output.write(text.endsWith("\n") ? text : text + "\n");
  const settle = () => {
    if (ended && open.size === 0) finish(0);
  };

  function post(line: string, retried: boolean): void {
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
      const challenge = auth && !retried ? auth.challengeOf(res) : undefined;
      if (challenge) {
        // The server wants authorization: the line waits for the flow and goes again with the token.
        res.resume();
        o.recorder.http(facts, "", `HTTP ${facts.status}: the tap runs the OAuth flow and sends the host's message again`);
        const sent = typeof h.authorization === "string" ? h.authorization : undefined;
        auth!.answer(challenge, sent).then(
          () => inOrder(line, true),
          (e: Error) => {
            o.host.log.write(`mcp-inspector-harness tap: authorization failed: ${e.message}\n`);
            fail(m, `authorization failed (through mcp-inspector-harness tap): ${e.message}`);
          },
        );
        res.on("end", () => (open.delete(req), settle()));
        return;
      }
      o.recorder.frame("host", line, facts);
      const copy = responseCopy(o.recorder, facts, (text) => {
        toHost(text);
        // What the server sent goes on as it is; only initialize's answer is read (and may be anything).
        if (m.method !== "initialize") return;
        let r: Record<string, unknown> = {};
        try {
          r = asRecord(asRecord(JSON.parse(text)).result);
        } catch {
          // Not JSON: the host judges it; the record says so (responseCopy).
        }
        if (typeof r.protocolVersion === "string") protocolVersion = r.protocolVersion;
      });
      res.on("data", (c: Buffer) => copy.chunk(c));
      res.on("end", () => {
        copy.end();
        const status = res.statusCode ?? 0;
        // A request the server refused at the HTTP level still needs its JSON-RPC answer, or the host waits forever.
        if (status >= 400) fail(m, `the server answered HTTP ${status} (through mcp-inspector-harness tap)`);
        if (m.method === "notifications/initialized") listen();
        open.delete(req);
        settle();
      });
    });
    req.on("error", (e) => {
      o.host.log.write(`mcp-inspector-harness tap: cannot reach ${o.url}: ${e.message}\n`);
      fail(m, `cannot reach the server: ${e.message}`);
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

  // The engine's line reader: only the new chunk is scanned (a long line rescanned at each chunk
  // cost O(n²), red-team 7), `\r\n` taken as a newline, a line past its bound skipped and said.
  const lines = new LineSplitter({
    line: (text) => {
      if (text.trim()) inOrder(text);
    },
    overlong: (bytes) =>
      void o.host.log.write(`mcp-inspector-harness tap: a line of ${bytes} bytes from the host was too long to send; dropped\n`),
  });
  o.host.input.on("data", (c: Buffer) => lines.push(c));
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
    auth?.close();
    o.recorder.end();
    return code;
  });
}

import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from "node:http";
import { endToEnd, factsOf, MAX_RECORDED_BODY, responseCopy, upstream } from "./http-forward";
import { Exchange, RESEND_LIMIT } from "./http-exchange";
import { listenEveryLoopback } from "./listen";
import { otherUserRefusal } from "../peer-uid";
import { HttpRecovery, notUp, type Recovery, type UpstreamSession, type Verdict } from "./http-recovery";
import type { TapRecorder } from "./recorder";
import type { RecordStore } from "../record/store";

export interface HttpTapOptions {
  /** The server's Streamable HTTP endpoint. */
  url: string;
  /** 127.0.0.1 port the host connects to (0: any free one). */
  port: number;
  /** Sent as `Authorization: Bearer …` when the host sends no Authorization of its own. */
  bearer?: string;
  recorder: TapRecorder;
  /** The record the recorder writes: the surface compare after a restart reads what the host listed (none without it). */
  record?: RecordStore;
  /** A host's request body kept (for the record and a session's renewal) at most this long; forwarded whole either way. */
  maxBody?: number;
  /** Our own words about a restart (the tap's log). */
  say?(text: string): void;
  /** How long a restarting server gets to answer again (default RECOVER_MS). */
  recoverMs?: number;
  /** Each restart once recovered from, the tap's own or the server's (run-http.ts tells the page). */
  recovered?(r: Recovery): void;
  /** The tap's own page's origins (its live page, when it has one): the only browser pages served. */
  ownOrigins?(): readonly string[];
}

export interface RunningHttpTap {
  /** http://127.0.0.1:PORT/mcp */
  url: string;
  /**
   * The tap restarts the server itself (its own command): `restart` stops and starts it; meanwhile
   * the host's streams that end are the restart's. Then the session is re-opened, what was in
   * flight answered, the surfaces compared and list_changed sent.
   */
  restart(why: string, restart: () => Promise<void>): Promise<Recovery>;
  close(): Promise<void>;
}

/** Only a loopback Host (DNS rebinding: a page on another name must not reach the server through us). */
function loopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || host === `[::1]:${port}`;
}

/**
 * No Origin (a host is no browser), or the tap's own page. A page of any other origin must not use
 * the tap: the tap adds the person's token, so its POST, or its CORS preflight answered by a server
 * that allows any origin, would act and read as the person (red-team 7); a page on another loopback
 * port is another account's as easily as the person's (issue 88: `Sec-Fetch-Site: same-site` and a
 * loopback Origin let it drive the tap), so a loopback name is not enough either.
 */
export function allowedOrigin(origin: string | undefined, own: readonly string[] = []): boolean {
  if (origin === undefined) return true;
  return own.some((o) => o.toLowerCase() === origin.toLowerCase());
}

/**
 * Why a browser's request is refused, or undefined (issue 75). A browser says so by
 * `Sec-Fetch-Site` (every current one) or a `Mozilla/` User-Agent (older ones); a host is no
 * browser (Node's fetch sends `Sec-Fetch-Mode: cors` and neither of these). A browser's request is
 * served only as a CORS request from a page of this machine: an `<img>`, a form, a no-cors fetch
 * or a navigation sends no Origin, and would go upstream with the person's token.
 */
export function browserRefusal(headers: IncomingMessage["headers"], own: readonly string[] = []): string | undefined {
  const site = headers["sec-fetch-site"];
  const mode = headers["sec-fetch-mode"];
  const browser = site !== undefined || /^Mozilla\//.test(String(headers["user-agent"] ?? ""));
  if (!browser) return undefined;
  if (site === "cross-site") return "the tap answers no page of another site";
  // Whatever Sec-Fetch-Site says (issue 88): only the tap's own page.
  if (headers.origin !== undefined && !allowedOrigin(headers.origin, own)) return "the tap answers no page but its own";
  if (mode !== undefined && mode !== "cors") return `the tap answers no browser request of mode ${String(mode)}`;
  if (headers.origin === undefined) return "the tap answers no browser request without an Origin";
  return undefined;
}

/**
 * `tap --server-url URL --listen PORT`: http://127.0.0.1:PORT/mcp for the host, every request
 * forwarded to URL with its headers and body as sent, every response (JSON or an SSE stream)
 * streamed back chunk by chunk as it comes. The record gets a copy: each message with the
 * exchange's facts (method, status, session id, event id), never a header's value beyond those.
 *
 * A server that restarts under the host (its own watcher, a deploy, or the tap's own command) is
 * followed: see http-recovery.ts. The host keeps its session id and its GET stream; what it had in
 * flight gets the "server restarted" error; what it sends meanwhile waits and goes to the new one.
 */
export async function startHttpTap(o: HttpTapOptions): Promise<RunningHttpTap> {
  const target = new URL(o.url);
  const maxBody = o.maxBody ?? MAX_RECORDED_BODY;
  const say = o.say ?? (() => undefined);
  let port = o.port;
  let servers: Server[] = [];
  const state: UpstreamSession = {};
  /** Exchanges whose upstream died with the host's requests unanswered: they wait for the recovery's verdict. */
  const held = new Set<Exchange>();
  /** The host's open GET SSE streams (where a restart's list_changed goes). */
  const streams = new Set<Exchange>();
  /** The tap is restarting the server itself: a stream that ends meanwhile, even cleanly, is the restart's. */
  let restarting = false;
  const recovery = new HttpRecovery({
    target,
    state,
    record: o.record,
    recorder: o.recorder,
    say,
    limitMs: o.recoverMs,
    recovered: o.recovered,
    settled,
    deliver: (methods) => {
      let n = 0;
      for (const ex of streams) if (ex.notify(methods)) n++;
      return n;
    },
  });

  /** The host's session ended (its DELETE, or a 404 to it): its next initialize opens the one it keeps. */
  let hostEnded = false;
  const hostMayOpen = () => !state.hostSession || hostEnded;

  /** Each connection's owner, asked once (/proc/net/tcp is read per connection, not per request: forwarding first). */
  const owners = new WeakMap<object, string | undefined>();
  /** Another local account's request (issue 75): it would go upstream with the person's token, its answer back to that account. */
  function foreign(req: IncomingMessage): string | undefined {
    if (!owners.has(req.socket)) {
      const why = otherUserRefusal(req);
      owners.set(req.socket, why && `the tap serves its own person only: ${why}`);
    }
    return owners.get(req.socket);
  }

  function forward(req: IncomingMessage, res: ServerResponse): void {
    if (!loopbackHost(req.headers.host, port)) {
      res.writeHead(403, { "content-type": "text/plain" }).end("the tap answers loopback hosts only\n");
      return;
    }
    const own = o.ownOrigins?.() ?? [];
    const refused = !allowedOrigin(req.headers.origin, own)
      ? "the tap answers no page but its own"
      : (browserRefusal(req.headers, own) ?? foreign(req));
    if (refused) {
      res.writeHead(403, { "content-type": "text/plain" }).end(`${refused}\n`);
      return;
    }
    if (new URL(req.url ?? "/", "http://x").pathname !== "/mcp") {
      res.writeHead(404, { "content-type": "text/plain" }).end("the tap serves /mcp\n");
      return;
    }
    const headers = endToEnd(req.headers);
    if (o.bearer && !headers.authorization) headers.authorization = `Bearer ${o.bearer}`;
    if (typeof headers["mcp-protocol-version"] === "string") state.protocolVersion = headers["mcp-protocol-version"];
    const ex = new Exchange(req.method ?? "GET", headers, res, o.recorder, maxBody);
    // During a recovery the host's request waits for its verdict, then goes with the new session id.
    const first = recovery.busy && ex.carries(state.hostSession) ? undefined : send(ex);
    req.on("data", (c: Buffer) => {
      if (first && !first.destroyed && !first.write(c)) {
        req.pause();
        first.once("drain", () => req.resume());
      }
      ex.keep(c);
    });
    req.on("end", () => {
      first?.end();
      ex.ended();
      // The host's own initialize and initialized only: another client's (a second host of the
      // person's) is forwarded, never replayed as the host's after a restart (issue 75).
      if (ex.init && hostMayOpen()) state.init = { ...ex.init, headers };
      if (ex.initialized && (!state.hostSession || ex.carries(state.hostSession))) state.initialized = ex.initialized;
      if (!first) void recovery.ready("a request came during a restart").then((v) => again(ex, v));
    });
    // The host went away (it closed an SSE GET, or gave up): the upstream request goes too.
    res.on("close", () => {
      ex.hostClosed();
      held.delete(ex);
      streams.delete(ex);
    });
  }

  /** One attempt of an exchange upstream; its answer back to the host (see `answer`). */
  function send(ex: Exchange) {
    const sent: OutgoingHttpHeaders = { ...ex.headers };
    if (state.hostSession && state.serverSession && sent["mcp-session-id"] === state.hostSession)
      sent["mcp-session-id"] = state.serverSession;
    // A stream re-opened after a restart starts afresh: the old server's event ids mean nothing to the new one.
    if (ex.reopened) delete sent["last-event-id"];
    const sid = sent["mcp-session-id"];
    const up = upstream(target, ex.method, sent);
    ex.upstream(up);
    let responded = false;
    up.on("response", (ures) => {
      responded = true;
      answer(ex, ures, typeof sid === "string" ? sid : undefined);
    });
    up.on("error", (e) => {
      // Once answered, the answer's own end says what happened (see `answer`).
      if (responded || ex.answered || ex.closed) return;
      const code = (e as NodeJS.ErrnoException).code;
      // Refused: the request never reached a server. It goes again once one answers (bounded).
      if (code === "ECONNREFUSED" && ex.resendable && ex.attempts < RESEND_LIMIT) {
        void ex.whenEnded().then(() => recovery.ready(`${o.url} refused a connection`).then((v) => again(ex, v, e)));
        return;
      }
      // Reset after it was sent: the server went with the host's requests unanswered.
      if (notUp(e) && ex.openRequests > 0) return hold(ex, `the connection to ${o.url} ended before it answered`);
      fail(ex, e);
    });
    return up;
  }

  /** The exchange goes again after a recovery, or the host gets what the server did. */
  function again(ex: Exchange, v: Verdict, error?: Error): void {
    if (ex.closed) return;
    if (v === "gone") return error ? fail(ex, error) : ex.giveUp();
    send(ex).end(ex.body());
  }

  /** What the host gets when the server could not be reached: a 502 naming the error (the stream ends, once begun). */
  function fail(ex: Exchange, e: Error): void {
    o.recorder.lifecycle("note", `the tap could not reach ${o.url}: ${e.message}`);
    ex.fail(`the tap could not reach the server: ${e.message}`);
  }

  function hold(ex: Exchange, why: string): void {
    held.add(ex);
    // The tap's own restart recovers once the new process is up (a probe now could reach the old one).
    if (!restarting) void recovery.ready(why);
  }

  function answer(ex: Exchange, ures: IncomingMessage, sentSid: string | undefined): void {
    // A cut-off answer is seen on its close (below); its error alone must not end the tap.
    ures.on("error", () => undefined);
    const status = ures.statusCode ?? 0;
    const forgot = status === 404 && ex.method !== "DELETE" && ex.carries(state.hostSession) && ex.resendable;
    if (forgot && ex.attempts < RESEND_LIMIT) {
      // The spec's "session expired": renewed since this was sent (go again), or renew now.
      ex.keepAnswer(ures, () => {
        if (sentSid !== state.serverSession) return again(ex, "restarted");
        void ex.whenEnded().then(() => recovery.ready(`${o.url} answered the host's session with 404`).then((v) => again(ex, v)));
      });
      return;
    }
    const out = endToEnd(ures.headers);
    const sid = ures.headers["mcp-session-id"];
    // The host's session ends when it deletes it or the server answers it 404 (then it opens a new one).
    if (ex.carries(state.hostSession) && (status === 404 || (ex.method === "DELETE" && status < 300))) hostEnded = true;
    if (typeof sid === "string") {
      // The host's own initialize (its first, or a new one once its session ended) names the session it
      // keeps; another client's initialize opens a session of that client's own (issue 75).
      if (!state.hostSession || (ex.init && hostEnded)) {
        state.hostSession = state.serverSession = sid;
        if (ex.init) state.init = { ...ex.init, headers: ex.headers };
        hostEnded = false;
      } else if (sid === state.serverSession) out["mcp-session-id"] = state.hostSession;
    }
    const facts = factsOf(ex.method, ex.headers, ures);
    const sse = facts.contentType?.includes("text/event-stream") ?? false;
    if (ex.reopened && (status !== 200 || !sse)) {
      // The new server has no stream for the host: its end of it ends.
      ures.resume();
      return ex.finish();
    }
    if (!ex.reopened) ex.begin(status, ures.statusMessage, out, facts);
    if (ex.method === "GET" && status === 200 && sse) streams.add(ex);
    const copy = responseCopy(o.recorder, facts, ex.openRequests > 0 ? (text) => ex.seen(text) : undefined, MAX_RECORDED_BODY);
    ures.on("data", (c: Buffer) => {
      ex.write(c, ures);
      copy.chunk(c);
    });
    ures.on("end", () => {
      copy.end();
      // The tap restarting the server: its streams ending is the restart, not the server's word.
      if (restarting && ex.method === "GET" && sse) return hold(ex, "the tap is restarting the server");
      ex.finish();
    });
    ures.on("close", () => {
      if (ures.complete || ex.closed || ex.answered) return;
      // Cut off: the server went. A GET stream, or a POST with requests unanswered, waits for it.
      if ((ex.method === "GET" && sse && state.hostSession) || ex.openRequests > 0) hold(ex, `the stream from ${o.url} was cut off`);
      else ex.cut();
    });
  }

  /** The recovery's verdict for what was held: the restart error (or a stream re-opened), or the server's own end. */
  function settled(v: Verdict): number {
    let failed = 0;
    for (const ex of [...held]) {
      held.delete(ex);
      if (v !== "restarted") {
        ex.cut();
        continue;
      }
      if (ex.method === "GET") {
        ex.reopened = true;
        ex.attempts = 0;
        send(ex).end();
        continue;
      }
      failed += ex.restartError().failed;
    }
    return failed;
  }

  ({ port, servers } = await listenEveryLoopback(() => createServer((req, res) => forward(req, res)), o.port));
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    async restart(why, restart) {
      restarting = true;
      recovery.known = true;
      try {
        await restart();
      } finally {
        restarting = false;
      }
      try {
        return await recovery.recover(why);
      } finally {
        recovery.known = false;
      }
    },
    close: () =>
      new Promise<void>((r) => {
        recovery.stop();
        let left = servers.length;
        for (const server of servers) {
          server.closeAllConnections();
          server.close(() => --left === 0 && r());
        }
      }),
  };
}

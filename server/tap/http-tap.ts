import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { endToEnd, factsOf, MAX_RECORDED_BODY, responseCopy, upstream } from "./http-forward";
import type { TapRecorder } from "./recorder";
import { asRecord } from "../../lib/json/shape";

export interface HttpTapOptions {
  /** The server's Streamable HTTP endpoint. */
  url: string;
  /** 127.0.0.1 port the host connects to (0: any free one). */
  port: number;
  /** Sent as `Authorization: Bearer …` when the host sends no Authorization of its own. */
  bearer?: string;
  recorder: TapRecorder;
  /** A host's request body kept (for the record and a session's renewal) at most this long; forwarded whole either way. */
  maxBody?: number;
}

/** A request's body as the tap keeps it: dropped (`over`) past the bound. */
type BodyCopy = Buffer[] & { over?: boolean };

export interface RunningHttpTap {
  /** http://127.0.0.1:PORT/mcp */
  url: string;
  close(): Promise<void>;
}

/** Only a loopback Host (DNS rebinding: a page on another name must not reach the server through us). */
function loopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || host === `[::1]:${port}`;
}

/**
 * The host's initialize request, by its own method: a text search also matched a call whose
 * arguments held `"method":"initialize"`, and a restart then replayed that call (red-team 7).
 */
function isInitialize(text: string): boolean {
  if (!text.includes("initialize")) return false;
  try {
    return asRecord(JSON.parse(text)).method === "initialize";
  } catch {
    return false;
  }
}

/**
 * No Origin (a host is no browser), or a page served from this machine. A page on another site
 * must not use the tap: the tap adds the person's token, so its POST, or its CORS preflight
 * answered by a server that allows any origin, would act and read as the person (red-team 7).
 */
function allowedOrigin(origin: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    const u = new URL(origin);
    return (u.protocol === "http:" || u.protocol === "https:") && ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
  } catch {
    return false;
  }
}

/**
 * `tap --server-url URL --listen PORT`: http://127.0.0.1:PORT/mcp for the host, every request
 * forwarded to URL with its headers and body as sent, every response (JSON or an SSE stream)
 * streamed back chunk by chunk as it comes. The record gets a copy: each message with the
 * exchange's facts (method, status, session id, event id), never a header's value beyond those.
 */
export async function startHttpTap(o: HttpTapOptions): Promise<RunningHttpTap> {
  const target = new URL(o.url);
  const maxBody = o.maxBody ?? MAX_RECORDED_BODY;
  let port = o.port;
  const server: Server = createServer((req, res) => forward(req, res));

  /** The host's initialize (its body as sent) and the session it was given; the session the server knows now. */
  let hostInit: string | undefined;
  let hostSession: string | undefined;
  let serverSession: string | undefined;

  function forward(req: IncomingMessage, res: ServerResponse): void {
    if (!loopbackHost(req.headers.host, port)) {
      res.writeHead(403, { "content-type": "text/plain" }).end("the tap answers loopback hosts only\n");
      return;
    }
    if (!allowedOrigin(req.headers.origin)) {
      res.writeHead(403, { "content-type": "text/plain" }).end("the tap answers no page of another site\n");
      return;
    }
    if (new URL(req.url ?? "/", "http://x").pathname !== "/mcp") {
      res.writeHead(404, { "content-type": "text/plain" }).end("the tap serves /mcp\n");
      return;
    }
    const headers = endToEnd(req.headers);
    if (o.bearer && !headers.authorization) headers.authorization = `Bearer ${o.bearer}`;
    const method = req.method ?? "GET";
    const body: BodyCopy = [];
    let kept = 0;
    let bodyEnded = false;
    const up = send(method, headers, res, body, () => bodyEnded, false);
    req.on("data", (c: Buffer) => {
      if (!up.write(c)) {
        req.pause();
        up.once("drain", () => req.resume());
      }
      if (body.over) return;
      kept += c.length;
      // A body without end from the host must not grow the tap's memory (red-team 7): past the bound it is only forwarded.
      if (kept <= maxBody) return void body.push(c);
      body.over = true;
      body.length = 0;
      o.recorder.lifecycle("note", `the host sent a request body over ${maxBody} bytes: forwarded whole, not recorded`);
    });
    req.on("end", () => {
      up.end();
      bodyEnded = true;
      const text = Buffer.concat(body).toString("utf8");
      if (isInitialize(text)) hostInit = text;
    });
  }

  /**
   * One request upstream and its answer back to the host. The host keeps the session id it was
   * given: when the server restarted and forgot it (404 on a request that carries it), the tap
   * opens a new session with the host's own initialize and initialized, keeps that answer to
   * itself, and sends the request again; from then on the id is translated both ways.
   */
  function send(
    method: string,
    headers: OutgoingHttpHeaders,
    res: ServerResponse,
    body: BodyCopy,
    bodyEnded: () => boolean,
    retry: boolean,
  ) {
    const sent = { ...headers };
    if (hostSession && serverSession && sent["mcp-session-id"] === hostSession) sent["mcp-session-id"] = serverSession;
    const up = upstream(target, method, sent);
    let facts: ReturnType<typeof factsOf> | undefined;
    const recordBody = () => {
      const text = Buffer.concat(body).toString("utf8").trim();
      if (facts && bodyEnded() && text) o.recorder.frame("host", text, { ...facts });
    };
    up.on("response", (ures) => {
      if (ures.statusCode === 404 && !retry && !body.over && hostInit && hostSession && headers["mcp-session-id"] === hostSession) {
        ures.resume();
        void renewSession().then(
          () => send(method, headers, res, body, bodyEnded, true).end(Buffer.concat(body)),
          (e: Error) => {
            o.recorder.lifecycle("note", `the server forgot the host's session and a new one could not be opened: ${e.message}`);
            res.writeHead(404, { "content-type": "text/plain" }).end("the server forgot this session\n");
          },
        );
        return;
      }
      const out = endToEnd(ures.headers);
      const sid = ures.headers["mcp-session-id"];
      if (typeof sid === "string") {
        if (!hostSession) hostSession = serverSession = sid;
        else if (sid === serverSession) out["mcp-session-id"] = hostSession;
      }
      res.writeHead(ures.statusCode ?? 502, ures.statusMessage, out);
      res.flushHeaders();
      facts = factsOf(method, headers, ures);
      if (retry) recordBody();
      else if (bodyEnded()) recordBody();
      else up.once("finish", recordBody);
      const copy = responseCopy(o.recorder, facts);
      ures.on("data", (c: Buffer) => {
        if (!res.write(c)) {
          ures.pause();
          res.once("drain", () => ures.resume());
        }
        copy.chunk(c);
      });
      ures.on("end", () => {
        res.end();
        copy.end();
      });
      ures.on("error", () => res.destroy());
    });
    up.on("error", (e) => {
      o.recorder.lifecycle("note", `the tap could not reach ${o.url}: ${e.message}`);
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end(`the tap could not reach the server: ${e.message}\n`);
      else res.destroy();
    });
    // The host went away mid-stream (it closed an SSE GET): the upstream request goes too.
    res.on("close", () => up.destroy());
    return up;
  }

  /** A new upstream session from the host's own initialize; its answer stays here. */
  async function renewSession(): Promise<void> {
    const base: OutgoingHttpHeaders = {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      ...(o.bearer ? { authorization: `Bearer ${o.bearer}` } : {}),
    };
    const sid = await new Promise<string>((resolve, reject) => {
      const r = upstream(target, "POST", base);
      r.on("response", (ures) => {
        ures.resume();
        const got = ures.headers["mcp-session-id"];
        if (ures.statusCode === 200 && typeof got === "string") resolve(got);
        else reject(new Error(`initialize answered HTTP ${ures.statusCode}`));
      });
      r.on("error", reject);
      r.end(hostInit);
    });
    await new Promise<void>((resolve, reject) => {
      const r = upstream(target, "POST", { ...base, "mcp-session-id": sid });
      r.on("response", (ures) => (ures.resume(), resolve()));
      r.on("error", reject);
      r.end('{"jsonrpc":"2.0","method":"notifications/initialized"}');
    });
    serverSession = sid;
    o.recorder.lifecycle(
      "note",
      "the server forgot the host's session (it restarted): the tap opened a new one with the host's own initialize; the host keeps its session id",
    );
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, "127.0.0.1", () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

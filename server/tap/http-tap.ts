import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { endToEnd, factsOf, responseCopy, upstream } from "./http-forward";
import type { TapRecorder } from "./recorder";

export interface HttpTapOptions {
  /** The server's Streamable HTTP endpoint. */
  url: string;
  /** 127.0.0.1 port the host connects to (0: any free one). */
  port: number;
  /** Sent as `Authorization: Bearer …` when the host sends no Authorization of its own. */
  bearer?: string;
  recorder: TapRecorder;
}

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
 * `tap --server-url URL --listen PORT`: http://127.0.0.1:PORT/mcp for the host, every request
 * forwarded to URL with its headers and body as sent, every response (JSON or an SSE stream)
 * streamed back chunk by chunk as it comes. The record gets a copy: each message with the
 * exchange's facts (method, status, session id, event id), never a header's value beyond those.
 */
export async function startHttpTap(o: HttpTapOptions): Promise<RunningHttpTap> {
  const target = new URL(o.url);
  let port = o.port;
  const server: Server = createServer((req, res) => forward(req, res));

  function forward(req: IncomingMessage, res: ServerResponse): void {
    if (!loopbackHost(req.headers.host, port)) {
      res.writeHead(403, { "content-type": "text/plain" }).end("the tap answers loopback hosts only\n");
      return;
    }
    if (new URL(req.url ?? "/", "http://x").pathname !== "/mcp") {
      res.writeHead(404, { "content-type": "text/plain" }).end("the tap serves /mcp\n");
      return;
    }
    const headers = endToEnd(req.headers);
    if (o.bearer && !headers.authorization) headers.authorization = `Bearer ${o.bearer}`;
    const method = req.method ?? "GET";
    const up = upstream(target, method, headers);
    const body: Buffer[] = [];
    let bodyEnded = false;
    let facts: ReturnType<typeof factsOf> | undefined;
    const recordBody = () => {
      const text = Buffer.concat(body).toString("utf8").trim();
      if (facts && bodyEnded && text) o.recorder.frame("host", text, { ...facts });
    };
    req.on("data", (c: Buffer) => {
      if (!up.write(c)) {
        req.pause();
        up.once("drain", () => req.resume());
      }
      body.push(c);
    });
    req.on("end", () => {
      up.end();
      bodyEnded = true;
      recordBody();
    });
    up.on("response", (ures) => {
      res.writeHead(ures.statusCode ?? 502, ures.statusMessage, endToEnd(ures.headers));
      res.flushHeaders();
      facts = factsOf(method, req.headers, ures);
      recordBody();
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

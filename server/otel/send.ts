import http from "node:http";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { asRecord } from "../../lib/json/shape";

/**
 * One OTLP/HTTP request and what became of it, in words a person can act on (issue 72: a refused
 * connection was reported as "no answer within 2 s", a refusal as "failed: Bad Request"). No
 * retries here: the caller decides (live.ts splits a batch the collector refused).
 */
export type Sent =
  | { ok: true }
  | { ok: false; how: "refused" | "unreachable" | "timeout"; detail: string }
  | { ok: false; how: "rejected"; status: number; detail: string };

/** What of a refusal's body is quoted (a collector says why in it: "request body too large"). */
const BODY_QUOTED = 200;

/** How a body is sent: its headers, the wait for an answer, gzip or not. */
export interface PostOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  gzip: boolean;
}

export function postOtlp(url: string, raw: Uint8Array, contentType: string, o: PostOptions): Promise<Sent> {
  const { headers, timeoutMs } = o;
  const body = o.gzip ? gzipSync(raw) : raw;
  return new Promise((resolve) => {
    let done = false;
    const finish = (s: Sent) => {
      if (done) return;
      done = true;
      resolve(s);
    };
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return finish({ ok: false, how: "unreachable", detail: "the endpoint is not a URL" });
    }
    const lib = target.protocol === "https:" ? httpsModule() : http;
    const auth = target.username ? `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}` : undefined;
    const req = lib.request(
      target,
      {
        method: "POST",
        // Credentials in the URL go as Basic authorization, as a browser or curl sends them; the URL itself is never printed with them.
        ...(auth ? { auth } : {}),
        headers: {
          ...headers,
          "Content-Type": contentType,
          "Content-Length": String(body.byteLength),
          ...(o.gzip ? { "Content-Encoding": "gzip" } : {}),
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          if (size < 4096) chunks.push(c);
          size += c.length;
        });
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) return finish({ ok: true });
          finish({
            ok: false,
            how: "rejected",
            status,
            detail: reason(res.statusMessage, Buffer.concat(chunks), res.headers["content-type"]),
          });
        });
        res.on("error", (e) => finish({ ok: false, how: "unreachable", detail: e.message }));
      },
    );
    req.on("timeout", () => {
      finish({ ok: false, how: "timeout", detail: `no answer within ${timeoutMs / 1000} s` });
      req.destroy();
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "ECONNREFUSED") finish({ ok: false, how: "refused", detail: "connection refused" });
      else finish({ ok: false, how: "unreachable", detail: e.code ?? e.message });
    });
    req.end(body);
  });
}

/**
 * node:https, loaded on the first https endpoint only: loading it (TLS with it) cost every export
 * to a plain http collector, the common local one, about 2 ms of CPU (figure 11, issue 93).
 */
const httpsModule = (): typeof import("node:https") => createRequire(import.meta.url)("node:https") as typeof import("node:https");

/** The collector's reason: its status line and the text of its body (a JSON Status's message, or plain text), short and printable. */
function reason(statusMessage: string | undefined, body: Buffer, contentType: string | undefined): string {
  let text = "";
  if (body.length && !/protobuf/.test(contentType ?? "")) {
    text = body.toString("utf8");
    try {
      const message = asRecord(JSON.parse(text)).message;
      if (typeof message === "string") text = message;
    } catch {
      // plain text
    }
  } else if (body.length) {
    // A google.rpc.Status in protobuf: its message (field 2) is readable text among the bytes.
    text = body.toString("utf8").replace(/[^\x20-\x7e]+/g, " ");
  }
  text = text.replace(/[\x00-\x1f\x7f]+/g, " ").trim();
  if (text.length > BODY_QUOTED) text = `${text.slice(0, BODY_QUOTED)}…`;
  return [statusMessage, text].filter(Boolean).join(": ");
}

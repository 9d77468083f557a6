import type { IncomingMessage, OutgoingHttpHeaders } from "node:http";
import { SseParser } from "../engine/sse-parser";
import type { JsonRpcId } from "../../lib/protocol/jsonrpc";
import { asRecord, isObject } from "../../lib/json/shape";
import { upstream } from "./http-forward";

/** How long the server gets to answer one message of the tap's own (a renewal's initialize, a list, a probe). */
export const OWN_ANSWER_MS = 10_000;

/** What the server answered one message of the tap's own: its status, the session it named, and the response to `id`. */
export interface OwnAnswer {
  status: number;
  sessionId?: string;
  /** The JSON-RPC response to the message's id (from a JSON body or an SSE stream), when one came. */
  message?: Record<string, unknown>;
}

/** The response to `id` in a JSON body (one message or a batch). */
function answerIn(value: unknown, id: JsonRpcId): Record<string, unknown> | undefined {
  for (const m of Array.isArray(value) ? value : [value])
    if (isObject(m) && m.id === id && m.method === undefined && ("result" in m || "error" in m)) return m;
  return undefined;
}

/**
 * POST one message of the tap's own to the server and read its answer here: it never reaches the
 * host. A notification (no `id`) resolves on the status; a request when its response came (JSON
 * or an SSE event), or with none when the body ended without it. Rejects on a connection error
 * (its `code`, ECONNREFUSED for a server that is not up) or after `timeoutMs`.
 */
export function postOwn(
  url: URL,
  headers: OutgoingHttpHeaders,
  body: string,
  id?: JsonRpcId,
  timeoutMs = OWN_ANSWER_MS,
): Promise<OwnAnswer> {
  return new Promise((resolve, reject) => {
    const r = upstream(url, "POST", { ...headers, "content-type": "application/json", accept: "application/json, text/event-stream" });
    const timer = setTimeout(() => {
      r.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = (a: OwnAnswer) => {
      clearTimeout(timer);
      resolve(a);
    };
    r.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    r.on("response", (res: IncomingMessage) => {
      const sid = res.headers["mcp-session-id"];
      const head = { status: res.statusCode ?? 0, ...(typeof sid === "string" ? { sessionId: sid } : {}) };
      if (id === undefined || (res.statusCode ?? 0) >= 300) {
        res.resume();
        return done(head);
      }
      const sse = String(res.headers["content-type"] ?? "").includes("text/event-stream");
      const parser = new SseParser();
      const decoder = new TextDecoder();
      let text = "";
      res.on("data", (c: Buffer) => {
        if (!sse) return void (text += decoder.decode(c, { stream: true }));
        for (const e of parser.feed(decoder.decode(c, { stream: true }))) {
          let m: Record<string, unknown> | undefined;
          try {
            m = answerIn(JSON.parse(e.data), id);
          } catch {
            continue;
          }
          if (m) {
            // The stream of one request ends after its answer; nothing more of it is wanted here.
            res.destroy();
            return done({ ...head, message: m });
          }
        }
      });
      res.on("end", () => {
        let message: Record<string, unknown> | undefined;
        try {
          message = sse ? undefined : answerIn(JSON.parse(text), id);
        } catch {
          message = undefined;
        }
        done({ ...head, ...(message ? { message } : {}) });
      });
      res.on("error", () => done(head));
    });
    r.end(body);
  });
}

/** The result of an own request's answer, or undefined (an error, or none). */
export function resultOf(a: OwnAnswer): Record<string, unknown> | undefined {
  return a.message && "result" in a.message ? asRecord(a.message.result) : undefined;
}

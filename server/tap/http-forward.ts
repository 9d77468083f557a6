import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { SseParser } from "../engine/sse-parser";
import type { HttpFacts } from "../../lib/record/format";
import type { TapRecorder } from "./recorder";

/** Headers that belong to one hop (RFC 9110 §7.6.1), never forwarded; `host` is the upstream's own. */
const HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "host"]);

/** A request's or response's headers minus the hop-by-hop ones, values as sent. */
export function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([k, v]) => !HOP.has(k) && v !== undefined)) as OutgoingHttpHeaders;
}

/** One request to the upstream server: http or https by the URL, the body streamed as given. */
export function upstream(url: URL, method: string, headers: OutgoingHttpHeaders) {
  return (url.protocol === "https:" ? httpsRequest : httpRequest)(url, { method, headers });
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** What the record says of one exchange (never the Authorization header or a cookie). */
export function factsOf(method: string, reqHeaders: IncomingHttpHeaders | OutgoingHttpHeaders, res: IncomingMessage): HttpFacts {
  const sessionId = first(res.headers["mcp-session-id"]);
  const protocolVersion = reqHeaders["mcp-protocol-version"];
  return {
    method,
    status: res.statusCode ?? 0,
    ...(res.headers["content-type"] ? { contentType: res.headers["content-type"] } : {}),
    ...(sessionId ? { sessionId } : {}),
    ...(typeof protocolVersion === "string" ? { protocolVersion } : {}),
  };
}

/** A response body (JSON) or one SSE event recorded at most this long; the host gets it whole either way. */
export const MAX_RECORDED_BODY = 64 * 1024 * 1024;

/**
 * The recording copy of a response body: JSON at its end, SSE event by event as each completes,
 * anything else as an http entry. `chunk` is called after the chunk was forwarded. A body or an
 * event past `maxBytes` is no longer copied (the record says so once): a server that streams
 * without end must not grow the tap's memory (red-team 7). Not when `onMessage` is given: then
 * the copy is what the host gets (stdio to HTTP), which must be whole.
 */
export function responseCopy(
  recorder: TapRecorder,
  facts: HttpFacts,
  onMessage?: (text: string) => void,
  // With onMessage the copy is what the host gets (stdio to HTTP): not cut here.
  maxBytes = onMessage ? Number.POSITIVE_INFINITY : MAX_RECORDED_BODY,
) {
  const sse = facts.contentType?.includes("text/event-stream");
  const json = facts.contentType?.includes("application/json");
  const parser = sse ? new SseParser() : undefined;
  const decoder = new TextDecoder();
  let body = "";
  /** Bytes copied since the last complete event (SSE) or since the start (anything else). */
  let pending = 0;
  let over = false;
  return {
    chunk(c: Buffer) {
      if (over) return;
      pending += c.length;
      if (pending > maxBytes) {
        over = true;
        body = "";
        recorder.http(
          facts,
          "",
          `${sse ? "an SSE event" : "a response body"} over ${maxBytes} bytes: forwarded whole, not recorded from here on`,
        );
        return;
      }
      const text = decoder.decode(c, { stream: true });
      if (!parser) {
        body += text;
        return;
      }
      for (const e of parser.feed(text)) {
        const f = { ...facts, ...(e.id ? { eventId: e.id } : {}), ...(e.event ? { event: e.event } : {}) };
        if (e.data === "") recorder.http(f, "", "an SSE event without data (a priming event or a keep-alive)");
        else {
          recorder.frame("server", e.data, f);
          onMessage?.(e.data);
        }
      }
      if (!parser.unfinished) pending = 0;
    },
    end() {
      if (parser || over) return;
      if (json && body.trim()) {
        recorder.frame("server", body.trim(), facts);
        onMessage?.(body.trim());
      } else if (facts.status >= 300 || body) recorder.http(facts, body.slice(0, 4096), `status ${facts.status}`);
    },
  };
}

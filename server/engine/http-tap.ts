import type { HttpFacts } from "../../lib/record/format";
import { SseParser, type SseEvent } from "./sse-parser";
import { readBodyBounded } from "../read-bounded";
import { asRecord } from "../../lib/json/shape";

export type { HttpFacts };

/**
 * The HTTP side of the wire, below the SDK: a `fetch` for the SDK's HTTP transports that shows
 * every response body and every SSE event to the record before the SDK parses a byte of it. The
 * SDK drops what it cannot parse (a `"jsonrpc": "1.0"` frame, an event whose data is `{}`) with
 * no more than an error; over stdio the engine reads the pipe itself, and this is the same for
 * HTTP. The body handed on to the SDK is the same bytes, released only after they are recorded,
 * so the record's order is the order the SDK sees.
 */

export interface HttpTapHooks {
  /** A JSON response body (one message or a batch), as received. */
  body(raw: string, facts: HttpFacts): void;
  /** An SSE event, as received (priming events and keep-alive events included). */
  event(event: SseEvent, facts: HttpFacts): void;
  /** A response that carries no messages: an accepted POST (202), an error status with its text. */
  exchange(facts: HttpFacts, text: string): void;
  /** Something the tap did instead of the SDK's default, and why, on the exchange it concerns. */
  note(text: string, facts: HttpFacts): void;
}

const MAX_ERROR_TEXT = 4096;
/** An error body is read no further than this (a JSON-RPC error fits many times over). */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
/** A JSON body (one message, or a batch) is read no further than this: the record's own bound is 96 MiB. */
const MAX_JSON_BODY_BYTES = 64 * 1024 * 1024;

function header(headers: Headers, name: string): string | undefined {
  return headers.get(name) ?? undefined;
}

function requestHeader(init: RequestInit | undefined, name: string): string | undefined {
  const h = init?.headers;
  if (!h) return undefined;
  if (h instanceof Headers) return h.get(name) ?? undefined;
  if (Array.isArray(h)) return h.find(([k]) => k.toLowerCase() === name)?.[1];
  const key = Object.keys(h).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : (h as Record<string, string>)[key];
}

/** The ids of the requests in a POST body: the stream that answers it is complete when each has a response. */
function requestIds(body: unknown): Set<string> {
  const ids = new Set<string>();
  if (typeof body !== "string") return ids;
  try {
    const parsed: unknown = JSON.parse(body);
    for (const m of Array.isArray(parsed) ? parsed : [parsed]) {
      const r = asRecord(m);
      if (typeof r.method === "string" && (typeof r.id === "string" || typeof r.id === "number")) ids.add(JSON.stringify(r.id));
    }
  } catch {
    // Not JSON: nothing to wait for.
  }
  return ids;
}

/** The ids of the responses in one event's data (a response or a batch of them). */
function responseIds(data: string): string[] {
  try {
    const parsed: unknown = JSON.parse(data);
    return (Array.isArray(parsed) ? parsed : [parsed])
      .filter((m) => m && typeof m === "object" && !("method" in m) && "id" in m && ("result" in m || "error" in m))
      .map((m) => JSON.stringify(asRecord(m).id));
  } catch {
    return [];
  }
}

export interface HttpTap {
  fetch: typeof fetch;
}

/**
 * Wrap `base` (the global fetch by default). Also works around the SDK 1.32.2 client's resume
 * after an error response: it ends a POST's SSE stream early only on a result, so after an error
 * it resumes the finished stream with `Last-Event-ID`, and a server that replays by event id then
 * sends every stream's events again. A resume of a stream whose requests were all answered is
 * answered here with 405 (the SDK's "no stream to resume") and never reaches the server.
 */
export function httpTap(hooks: HttpTapHooks, base: typeof fetch = fetch): HttpTap {
  const finished = new Set<string>();

  const tapped = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    const resumeFrom = method === "GET" ? requestHeader(init, "last-event-id") : undefined;
    if (resumeFrom !== undefined && finished.has(resumeFrom)) {
      hooks.note(
        `not resuming the stream that ended at event ${resumeFrom}: every request it carried was answered (the SDK resumes after an error response); answered 405 here, the server was not asked`,
        { method, status: 405 },
      );
      return new Response(null, { status: 405, statusText: "Method Not Allowed (answered by the inspector)" });
    }
    const response = await base(input, init);
    const facts: HttpFacts = {
      method,
      status: response.status,
      contentType: header(response.headers, "content-type"),
      sessionId: header(response.headers, "mcp-session-id"),
      protocolVersion: requestHeader(init, "mcp-protocol-version"),
      ...routingHeaders(init),
      ...(resumeFrom !== undefined ? { resumedFrom: resumeFrom } : {}),
    };
    const type = facts.contentType?.split(";")[0].trim().toLowerCase();
    if (response.ok && type === "text/event-stream" && response.body) {
      const body = tapStream(response.body, facts, hooks, method === "POST" ? requestIds(init?.body) : new Set(), (lastId) =>
        finished.add(lastId),
      );
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    }
    if (response.ok && type === "application/json") {
      const { text, truncated } = await readBodyBounded(response, MAX_JSON_BODY_BYTES);
      if (truncated)
        hooks.note(
          `the body is larger than ${MAX_JSON_BODY_BYTES / 1048576} MiB: the inspector read no more of it, so the client cannot parse it`,
          facts,
        );
      hooks.body(text, facts);
      return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
    }
    // 202 Accepted, a 4xx/5xx, a redirect: what the server said, bounded, and the same text on.
    const { text, truncated } = await readBodyBounded(response, MAX_ERROR_BODY_BYTES);
    hooks.exchange(facts, text.length > MAX_ERROR_TEXT || truncated ? `${text.slice(0, MAX_ERROR_TEXT)}…` : text);
    const nullBody =
      response.status === 204 || response.status === 205 || response.status === 304 || (response.status >= 100 && response.status < 200);
    return new Response(nullBody ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return { fetch: tapped as typeof fetch };
}

/** The request's 2026-07-28 routing headers (Mcp-Method, Mcp-Name, Mcp-Param-*), when it has any. */
function routingHeaders(init: RequestInit | undefined): { mcpHeaders?: Record<string, string> } {
  const found: Record<string, string> = {};
  for (const [name, value] of new Headers(init?.headers)) {
    if (name === "mcp-method" || name === "mcp-name" || name.startsWith("mcp-param-")) found[name] = value;
  }
  return Object.keys(found).length ? { mcpHeaders: found } : {};
}

/** The SSE body, passed on chunk by chunk after the events completed in each chunk are recorded. */
function tapStream(
  upstream: ReadableStream<Uint8Array>,
  facts: HttpFacts,
  hooks: HttpTapHooks,
  awaiting: Set<string>,
  onFinished: (lastEventId: string) => void,
): ReadableStream<Uint8Array> {
  const reader = upstream.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  const waited = awaiting.size > 0;
  let lastEventId: string | undefined;
  const take = (events: SseEvent[]) => {
    for (const e of events) {
      if (e.id !== undefined) lastEventId = e.id;
      hooks.event(e, { ...facts, ...(e.id !== undefined ? { eventId: e.id } : {}), ...(e.event !== undefined ? { event: e.event } : {}) });
      for (const id of responseIds(e.data)) awaiting.delete(id);
    }
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) {
        take(parser.feed(decoder.decode()));
        // Per the SSE rules an event cut off by the end of the stream is dropped; the record says so.
        if (parser.unfinished) hooks.note("the event stream ended in the middle of an event: its last event was never completed", facts);
        if (waited && awaiting.size === 0 && lastEventId !== undefined) onFinished(lastEventId);
        controller.close();
        return;
      }
      take(parser.feed(decoder.decode(value, { stream: true })));
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

import type { HttpFacts } from "../../lib/record/format";
import { SseParser, type SseEvent } from "./sse-parser";
import { readBodyBounded } from "../read-bounded";
import { asRecord } from "../../lib/json/shape";
import { networkFault, type FaultName } from "./faults";

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
  /**
   * An event stream left an event unfinished (it was reset, closed, stalled, or the client closed
   * it): the text that had arrived of that event, exactly as received, and why it is unfinished.
   */
  cut(text: string, facts: HttpFacts, why: string): void;
}

/** How a request's response stream broke, by name and in words. */
export interface StreamBreak {
  fault: FaultName;
  words: string;
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
  /** How the response stream of request `id` broke before its answer, when it did (told once). */
  takeBreak(id: string | number): StreamBreak | undefined;
  /**
   * Request `id` waits on a response stream that is open and silent: in words, since when and
   * how far it got; the event it stopped in the middle of is recorded now (the client is about to
   * give up on it). Undefined when no open stream carries that request.
   */
  silence(id: string | number): StreamBreak | undefined;
}

/** Breaks kept for requests whose caller has not asked yet (the SDK reports a stream's end just after). */
const BREAKS_KEPT = 64;

/**
 * Wrap `base` (the global fetch by default). Also works around the SDK 1.32.2 client's resume
 * after an error response: it ends a POST's SSE stream early only on a result, so after an error
 * it resumes the finished stream with `Last-Event-ID`, and a server that replays by event id then
 * sends every stream's events again. A resume of a stream whose requests were all answered is
 * answered here with 405 (the SDK's "no stream to resume") and never reaches the server.
 */
export function httpTap(hooks: HttpTapHooks, base: typeof fetch = fetch): HttpTap {
  const finished = new Set<string>();
  const open = new Set<OpenStream>();
  const breaks = new Map<string, StreamBreak>();
  const broke = (ids: Iterable<string>, b: StreamBreak) => {
    for (const id of ids) {
      breaks.set(id, b);
      if (breaks.size > BREAKS_KEPT) breaks.delete(breaks.keys().next().value!);
    }
  };

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
      const body = tapStream(response.body, facts, hooks, method === "POST" ? requestIds(init?.body) : new Set(), {
        finished: (lastId) => finished.add(lastId),
        broke,
        open,
      });
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
  return {
    fetch: tapped as typeof fetch,
    takeBreak(id) {
      const key = JSON.stringify(id);
      const b = breaks.get(key);
      breaks.delete(key);
      return b;
    },
    silence(id) {
      const key = JSON.stringify(id);
      for (const s of open) if (s.awaiting.has(key)) return s.silence();
      return undefined;
    },
  };
}

/** The request's 2026-07-28 routing headers (Mcp-Method, Mcp-Name, Mcp-Param-*), when it has any. */
function routingHeaders(init: RequestInit | undefined): { mcpHeaders?: Record<string, string> } {
  const found: Record<string, string> = {};
  for (const [name, value] of new Headers(init?.headers)) {
    if (name === "mcp-method" || name === "mcp-name" || name.startsWith("mcp-param-")) found[name] = value;
  }
  return Object.keys(found).length ? { mcpHeaders: found } : {};
}

/** A response stream being read, for the words of a stall. */
interface OpenStream {
  /** The ids (as JSON) of the requests this stream still owes an answer. */
  awaiting: Set<string>;
  silence(): StreamBreak;
}

const secondsSince = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/**
 * The SSE body, passed on chunk by chunk after the events completed in each chunk are recorded.
 * When it breaks (reset, closed mid-event, or given up by the client), the event it stopped in
 * the middle of is recorded as far as it came: for HTTP the record is the wire.
 */
function tapStream(
  upstream: ReadableStream<Uint8Array>,
  facts: HttpFacts,
  hooks: HttpTapHooks,
  awaiting: Set<string>,
  on: { finished(lastEventId: string): void; broke(ids: Iterable<string>, b: StreamBreak): void; open: Set<OpenStream> },
): ReadableStream<Uint8Array> {
  const reader = upstream.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  const waited = awaiting.size > 0;
  const openedAt = performance.now();
  let lastChunkAt = openedAt;
  let events = 0;
  let lastEventId: string | undefined;
  let cutRecorded = false;
  /** Record the unfinished event's text once (a stall records it, then a close must not again). */
  const recordCut = (why: string) => {
    if (!parser.unfinished || cutRecorded) return;
    cutRecorded = true;
    hooks.cut(parser.unfinishedText, facts, why);
  };
  const sofar = () => {
    const half = parser.unfinished
      ? ` and ${plural(Buffer.byteLength(parser.unfinishedText), "byte")} of an unfinished one (kept in the record)`
      : "";
    return `after ${plural(events, "complete event")}${half}`;
  };
  const watch: OpenStream = {
    awaiting,
    silence: () => {
      recordCut(`the stream stalled in the middle of an event: nothing more came for ${secondsSince(lastChunkAt)}; what had arrived of it`);
      return {
        fault: "stream-stalled",
        // No times in the words: a load run groups its errors by message (the record has the times).
        words: `its answer's event stream (HTTP ${facts.status}) stalled, ${sofar()}`,
      };
    },
  };
  if (waited) on.open.add(watch);
  const take = (events_: SseEvent[]) => {
    for (const e of events_) {
      events++;
      if (e.id !== undefined) lastEventId = e.id;
      hooks.event(e, { ...facts, ...(e.id !== undefined ? { eventId: e.id } : {}), ...(e.event !== undefined ? { event: e.event } : {}) });
      for (const id of responseIds(e.data)) awaiting.delete(id);
    }
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (err) {
        on.open.delete(watch);
        const aborted = asRecord(err).name === "AbortError";
        if (aborted)
          recordCut(
            "the client closed the stream in the middle of an event (the call ended, or the session closed): what had arrived of it",
          );
        else {
          const net = networkFault(err);
          const how = net?.words ?? `the response stream failed (${(err as Error)?.message ?? String(err)})`;
          recordCut(`${how} in the middle of an event: what had arrived of it`);
          if (!parser.unfinished) hooks.note(`${how}, between events`, facts);
          if (awaiting.size)
            on.broke(awaiting, {
              fault: net?.fault ?? "stream-cut",
              words: `${how} in the middle of its answer's event stream, ${sofar()}`,
            });
        }
        controller.error(err);
        return;
      }
      const { value, done } = chunk;
      if (done) {
        on.open.delete(watch);
        take(parser.feed(decoder.decode()));
        // Per the SSE rules an event cut off by the end of the stream is dropped; the record keeps it, saying so.
        if (parser.unfinished) {
          const why = "the event stream ended in the middle of an event: its last event was never completed";
          if (awaiting.size)
            on.broke(awaiting, {
              fault: "stream-cut",
              words: `the server closed its answer's event stream in the middle of an event, ${sofar()}`,
            });
          recordCut(why);
        }
        if (waited && awaiting.size === 0 && lastEventId !== undefined) on.finished(lastEventId);
        controller.close();
        return;
      }
      lastChunkAt = performance.now();
      take(parser.feed(decoder.decode(value, { stream: true })));
      controller.enqueue(value);
    },
    cancel(reason) {
      on.open.delete(watch);
      recordCut("the client closed the stream in the middle of an event (the call ended, or the session closed): what had arrived of it");
      return reader.cancel(reason);
    },
  });
}

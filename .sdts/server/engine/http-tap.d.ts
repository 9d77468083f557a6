import type { HttpFacts } from "../../lib/record/format";
import { type SseEvent } from "./sse-parser";
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
export declare function httpTap(hooks: HttpTapHooks, base?: typeof fetch): HttpTap;

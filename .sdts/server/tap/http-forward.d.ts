import { type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import type { HttpFacts } from "../../lib/record/format";
import type { TapRecorder } from "./recorder";
/** A request's or response's headers minus the hop-by-hop ones, values as sent. */
export declare function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders;
/** One request to the upstream server: http or https by the URL, the body streamed as given. */
export declare function upstream(url: URL, method: string, headers: OutgoingHttpHeaders): import("http").ClientRequest;
/** What the record says of one exchange (never the Authorization header or a cookie). */
export declare function factsOf(method: string, reqHeaders: IncomingHttpHeaders | OutgoingHttpHeaders, res: IncomingMessage): HttpFacts;
/** A response body (JSON) or one SSE event recorded at most this long; the host gets it whole either way. */
export declare const MAX_RECORDED_BODY: number;
/**
 * The recording copy of a response body: JSON at its end, SSE event by event as each completes,
 * anything else as an http entry. `chunk` is called after the chunk was forwarded. A body or an
 * event past `maxBytes` is no longer copied (the record says so once): a server that streams
 * without end must not grow the tap's memory (red-team 7). Not when `onMessage` is given: then
 * the copy is what the host gets (stdio to HTTP), which must be whole.
 */
export declare function responseCopy(recorder: TapRecorder, facts: HttpFacts, onMessage?: (text: string) => void, maxBytes?: number): {
    chunk(c: Buffer): void;
    end(): void;
};

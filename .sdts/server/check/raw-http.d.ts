import http from "node:http";
import { type SseEvent } from "../engine/sse-parser";
/** How long a probe waits for an answer, and for a stream to bring what it expects. */
export declare const RAW_HTTP_WAIT_MS = 5000;
/** The version a 2026-07-28 probe names in its envelope and its MCP-Protocol-Version header. */
export declare const MODERN_VERSION = "2026-07-28";
/** The initialize a probe opens its own session with. */
export declare const initialize: (id: number) => {
    jsonrpc: string;
    id: number;
    method: string;
    params: {
        protocolVersion: string;
        capabilities: {};
        clientInfo: {
            name: string;
            version: string;
        };
    };
};
/**
 * A probe's first request in the server's era: `initialize` (legacy), or in the 2026-07-28 era
 * `server/discover` with the `_meta` envelope and the headers that must mirror it (a modern server
 * refuses a bare initialize, so an initialize would only ever measure that refusal).
 */
export declare function opening(era: "legacy" | "modern", id: number): {
    body: unknown;
    headers: Record<string, string>;
};
export interface Stream {
    status: number;
    headers: http.IncomingHttpHeaders;
    /** SSE events until `until` says stop, the stream ends, or the wait is over; the stream is then closed. */
    events(until: (e: SseEvent) => boolean): Promise<SseEvent[]>;
    /** The whole body as text (a JSON answer), within the wait. */
    text(): Promise<string>;
    close(): void;
}
/** One request; resolves with its answer's status and headers, its body left to read or close. */
export declare function open(url: URL, method: string, headers: Record<string, string>, body?: unknown): Promise<Stream>;
/** One request for its status and headers only: the answer is not read. */
export declare function send(url: URL, method: string, headers: Record<string, string>, body?: unknown): Promise<{
    status: number;
    headers: http.IncomingHttpHeaders;
}>;

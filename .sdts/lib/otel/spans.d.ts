import type { Entry } from "../record/format";
/**
 * Spans from the record, following OpenTelemetry's MCP semantic conventions (status:
 * development): one span per request (from the frame that sent it to the frame that answered it),
 * per notification, and per request the server sent us. The record already holds every frame
 * exactly, paired, with its time, so the live export and the export of a saved session are the
 * same function of the same entries.
 */
export interface SpanDraft {
    traceId: string;
    spanId: string;
    parentSpanId?: string;
    name: string;
    /** CLIENT: we sent it; SERVER: the server sent it to us (we answered). */
    kind: "client" | "server" | "internal";
    startMs: number;
    endMs: number;
    attributes: Record<string, string | number | boolean>;
    error?: {
        type: string;
        message?: string;
    };
    /** Attributes dropped by the count limit (lib/otel/limits.ts). */
    droppedAttributes?: number;
}
/** Knows the parent span of a request it gave a traceparent to (the live export's scopes). */
export type ParentOf = (spanId: string) => {
    parentSpanId?: string;
} | undefined;
/**
 * Turns record entries into finished spans as they arrive. `add` returns the spans an entry ends
 * (a response ends its request's; a notification is a span of its own); `finish` ends what is
 * still open (a request never answered) with an error.
 */
export declare class SpanBuilder {
    private readonly parentOf;
    private readonly open;
    private protocolVersion;
    private sessionId;
    private transport;
    /** The HTTP server's host and port (the conventions' server.address, server.port). */
    private server;
    /** When the session began (its connecting or first entry): the session duration metric's start. */
    private startedMs;
    /** Carried trace ids, each to a fresh one (a recording's: its live spans were sent already). */
    private readonly fresh;
    constructor(parentOf?: ParentOf, 
    /** Mint fresh ids for the trace context a recording carries, so its export never duplicates the spans sent live. */
    o?: {
        freshIds?: boolean;
    });
    /** Seconds since the session began, and the attributes the session duration metric takes; undefined before any entry. */
    sessionDuration(endMs: number): {
        seconds: number;
        attributes: SpanDraft["attributes"];
    } | undefined;
    add(entry: Entry): SpanDraft[];
    /** Ends every request still waiting at `endMs` (the session ended first). */
    finish(endMs: number): SpanDraft[];
    private started;
    private ended;
    private common;
    private freshTrace;
}
/**
 * Every span of a finished record (a recording): requests never answered end with its last entry.
 * The trace context it carries gets fresh ids: with live export on, its spans were sent already.
 */
export declare function spansOfEntries(entries: readonly Entry[]): SpanDraft[];

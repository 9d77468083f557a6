import type { MessageEntry } from "../../lib/record/format";
import type { JsonRpcId } from "../../lib/protocol/jsonrpc";
import type { Clock } from "./clock";
import type { RequestSignal } from "./cancel-signal";
export interface RequestOptions {
    timeoutMs?: number;
    /** Ends the request (cancelled) when it aborts: an AbortSignal, or the page's lighter CancelSignal. */
    signal?: RequestSignal;
    /** Attach a progress token (the request id, as the SDK does) so the server may report progress. */
    progress?: boolean;
    resetTimeoutOnProgress?: boolean;
    maxTotalTimeoutMs?: number;
    /** Called with each notifications/progress params for this request. */
    onProgress?(params: Record<string, unknown>): void;
    /** The record seq of a request this one retries (an MRTR round): kept on the new request's entry. */
    retryOf?: number;
}
/** What one sent request ends with: the response entry, or why it ended without one. */
export interface Settled {
    response: MessageEntry;
    durationMs: number;
}
/**
 * A request on its way: where it was recorded, its progress token, and how it ends. The one
 * handle every caller (the page's socket, the CLI, check, replay) holds; nothing else matches
 * responses to requests.
 */
export interface RequestHandle {
    requestSeq: number;
    id: number;
    progressToken?: number;
    outcome: Promise<Settled>;
}
export interface OutgoingRequestsOptions {
    clock: Clock;
    /**
     * Record and send one frame. A request is known here before it is sent: an in-memory peer may
     * answer inside the write, and the answer must find it.
     */
    send(message: Record<string, unknown>, extra?: {
        retryOf?: number;
        requestSignal?: AbortSignal;
    }): {
        entry: MessageEntry;
        written: Promise<void>;
    };
    /**
     * True when ending a call means closing its own HTTP stream (2026-07-28 over Streamable HTTP:
     * the spec makes that the cancellation) rather than sending notifications/cancelled.
     */
    cancelsByClosingStream(): boolean;
    /** Request ids the SDK already used (the handshake), so ours never collide. */
    firstId(): number;
    /** Fields every request carries in `_meta` in this era (the 2026-07-28 envelope); undefined for 2025. */
    envelope(): Record<string, unknown> | undefined;
    /**
     * With OpenTelemetry export on: `traceparent` (and `tracestate`) for one request, carried in
     * `params._meta` as the MCP semantic conventions say. Absent when export is off.
     */
    traceMeta?: () => Record<string, string>;
    /** True while a server request waits on the person: call timers stand still. */
    heldByPerson(): boolean;
    /** A note for the record (a late answer after a cancel, say). */
    note(text: string): void;
}
/**
 * The engine's requests to the target: it assigns ids and progress tokens, records and sends each
 * request, keeps its time limits (on the injected clock), sends notifications/cancelled when a
 * call is ended, and settles each request by its id from the response the connection paired
 * with it (the response entry is recorded with its `pair` first).
 */
export declare class OutgoingRequests {
    private readonly opts;
    private nextId;
    /**
     * Calls waiting for their answer, by JSON-RPC id (as the SDK's Protocol keys its response
     * handlers). A call's progress token is its id, so progress finds its call here too.
     */
    private readonly byId;
    /** Ids of requests this side ended before their answer (cancelled, timed out): the newest few, and how. */
    private readonly ended;
    constructor(opts: OutgoingRequestsOptions);
    /** Send a request; its handle says where it was recorded at once and settles with its response. */
    start(method: string, params: Record<string, unknown> | undefined, defaultTimeoutMs: number, opts?: RequestOptions): RequestHandle;
    /**
     * The response (already recorded, paired with its request) to the request with this id: settle
     * the call. A frame the client cannot accept (not valid JSON-RPC) ends the call now, saying why,
     * instead of waiting out its timeout. True when the response was ours (or answers one we ended).
     */
    takeResponse(id: JsonRpcId, entry: MessageEntry): boolean;
    /** notifications/progress for one of ours: restart its idle limit when asked. True when it was ours. */
    takeProgress(params: Record<string, unknown> | undefined): boolean;
    /** A server request now waits on the person (or no longer does): every call's clock stands still (or runs). */
    personWaiting(waiting: boolean): void;
    /** The connection ended: every call still waiting fails with `why`. */
    closeAll(why: () => Error): void;
    /** End a call on this side: tell the server (notifications/cancelled) and fail it with `message`. */
    private end;
    /** The era's `_meta` envelope for a notification this side sends (2026-07-28: on every message). */
    private envelopeMeta;
    private fail;
    private forget;
}

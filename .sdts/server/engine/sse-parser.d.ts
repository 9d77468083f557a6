/**
 * An incremental parser of text/event-stream (WHATWG HTML, "server-sent events"): fed decoded
 * text as it arrives, it returns each event once its blank line is in. The HTTP tap records
 * events with it before the SDK's own parser sees the bytes, so an event the SDK drops (no data,
 * data that is not JSON-RPC) is still in the record, with its id.
 *
 * Why not eventsource-parser (the SDK's, already installed): it dispatches only events with data
 * lines (the WHATWG rule for EventSource), so a priming event (an `id:` with no data, which a
 * 2026-07-28 server sends so a stream can be resumed) never reaches its onEvent and could not be
 * recorded; it reports `retry:` apart from its event; and it cannot say that the stream ended in
 * the middle of an event, which the tap records as an event cut off (see `unfinished`). The
 * record must show what the server sent, not what an EventSource would dispatch.
 */
export interface SseEvent {
    /** The `id` field of this event, when it had one. */
    id?: string;
    /** The `event` field; absent means "message". */
    event?: string;
    /** The `data` lines joined with "\n" ("" for an event without data, e.g. a priming event). */
    data: string;
    retry?: number;
}
export declare class SseParser {
    /**
     * The line being read, in pieces: joined once its end comes. Joining and rescanning it at each
     * chunk made a long line cost O(n²) (16 MiB in 64 KiB chunks held the event loop 21 s, red-team 7).
     */
    private pieces;
    private pendingCR;
    private data;
    private id?;
    private event?;
    private retry?;
    private fields;
    /** True when text after the last complete event is waiting for its blank line. */
    get unfinished(): boolean;
    /** Feed decoded text; returns the events it completed. */
    feed(text: string): SseEvent[];
    private line;
    private dispatch;
}

import type { DiffOp } from "../session/json-diff";
/**
 * The bounds a recorded answer holds a live one to beside its value (issue 64), shared by
 * `replay` and a collection's `latency:` and `notifications:` expectations: how much slower it may
 * be, and which notifications must still come with it. Pure. lib/surface/regression.ts judges the
 * value itself as `inspector diff` does.
 */
/** How much slower than its recording an answer may be: default 10 times and at least 1 s slower. */
export interface LatencyBound {
    /** The answer may take this many times the recorded time… */
    factor: number;
    /** …and at least this many ms more than the recorded time. */
    minMs: number;
}
export declare const DEFAULT_LATENCY_BOUND: LatencyBound;
/** The slowest an answer recorded in `recordedMs` may be: the larger of factor × recorded and recorded + minMs. */
export declare function latencyLimit(recordedMs: number, b?: LatencyBound): number;
/** The verdict on one answer's time against its recording; the message states the limit and the value seen. */
export declare function judgeLatency(recordedMs: number, liveMs: number, b?: LatencyBound): {
    pass: boolean;
    limitMs: number;
    message: string;
};
/** The notifications a request's answer is judged with: its progress, the log lines and the list changes it caused. */
export declare function isRequestNotification(method: string): boolean;
/**
 * The sequence of kinds a request's notifications make, tolerant of timing and counts: each kind
 * once, in the order it first came (three progress then a log line, or one progress, a log line
 * and two more, are both `progress, message`).
 */
export declare function notificationSequence(methods: readonly string[]): string[];
/**
 * The verdict on a request's notifications against its recording: a kind the recording shows and
 * the live server no longer sends is a regression ("some progress then the result" against "no
 * progress at all"); a kind that is new is compatible (reported).
 */
export declare function judgeNotifications(recorded: readonly string[], live: readonly string[]): {
    missing: string[];
    added: string[];
    message?: string;
};
/** One line per change: `~ path: before -> after`, never two whole documents. */
export declare function changeLines(changes: readonly DiffOp[], max?: number): string[];
/**
 * Methods whose answer time says nothing of the server's speed: `tasks/result` waits for the task
 * to end (a replay asks at once, the recording may have asked when it was done).
 */
export declare function latencyComparable(method: string): boolean;
/** A record entry as far as finding a request's notifications needs it (the record's and the test library's). */
interface EntryLike {
    seq: number;
    kind: string;
    dir?: string;
    message?: unknown;
    pair?: {
        seq: number;
    };
}
/**
 * The notifications the server sent between a request and its response that belong to it: its
 * own progress (by the request's progress token), log lines and list changes, in order.
 */
export declare function requestNotifications(entries: readonly EntryLike[], requestSeq: number, responseSeq: number, 
/** Kinds the server also sends on its own (ambientKinds): not attributed to a request. */
ambient?: ReadonlySet<string>): string[];
/**
 * The notification kinds a server sends on its own, not caused by the request they land in; one
 * of them inside a window may be chance, so such a kind is not attributed to requests, and its
 * absence is no regression:
 * - a kind seen outside any request's window (a line sent between requests);
 * - log lines (`notifications/message`) that came during two or more different calls (by method
 *   and tool, prompt or resource), or during calls running at once: the server logs on a clock
 *   or about everything (the everything server's `toggle-simulated-logging` starts a line every
 *   5 s at a random level, so which call one lands in, and whether the client's level lets it
 *   through, differs from run to run). A log line only one call ever brings stays that call's.
 * Progress is never among them: a progress notification names its request by token.
 */
export declare function ambientKinds(entries: readonly EntryLike[]): Set<string>;
/** The first request the client sent at or after `fromSeq` (of `method`, when given) and the seq of its response. */
export declare function requestAndResponse(entries: readonly EntryLike[], fromSeq: number, method?: string): {
    requestSeq: number;
    responseSeq: number;
} | undefined;
export {};

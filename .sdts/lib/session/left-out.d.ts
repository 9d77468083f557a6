import type { Entry } from "../record/format";
/**
 * The client requests the recording cancelled (a notifications/cancelled for their id, or a
 * stream closed as the cancellation), by the seq replay knows them by, with why in words. A
 * cancelled call is not sent again: its recorded outcome is the cancellation (an SDK may even
 * answer it, as the Go SDK's `{"code":0,"message":"context canceled"}`), which a re-run would
 * never reproduce (it would run to the end and be reported as changed).
 */
export declare function cancelledRequests(entries: readonly Entry[]): Map<number, string>;
/**
 * The requests `inspector check` sent to see how the server refuses them, by seq, with why in
 * words: a method, tool, prompt or resource it named knowing none exists, and the call whose
 * arguments it built to break the tool's inputSchema (invalidArgsFor, the schema as the
 * recording last listed it). Their answers test check's misuse, not anything a user relies on.
 */
export declare function probeMisuse(entries: readonly Entry[]): Map<number, string>;
/** What a collection made from the recording leaves out, by seq, with why: the cancelled requests and check's probes. */
export declare function leftOutOfCollection(entries: readonly Entry[]): Map<number, string>;

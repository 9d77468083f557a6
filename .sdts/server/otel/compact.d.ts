import type { Entry } from "../../lib/record/format";
import { type SpanIds } from "./trace-context";
/**
 * A record entry as the span builder needs it, flat: what the engine's thread does per entry with
 * export on is write these few fields (figure 11: building spans, the SDK and its encoding there
 * cost a load run 40% of its throughput). The spans are built where the exporter runs (a worker
 * thread) from `entryOf`, which gives lib/otel/spans.ts's SpanBuilder exactly the fields it reads.
 */
export declare const STRIDE = 10;
/** Part of a hand-over: STRIDE slots and one time per entry. */
export interface CompactPart {
    slots: unknown[];
    times: Float64Array;
}
/** What one hand-over carries: its entries in parts, in order. */
export type CompactBatch = CompactPart[];
/**
 * Compact entries waiting for their hand-over, in storage kept from one hand-over to the next.
 * Why not an array pushed to: on the machine of figure 11, memory the session's thread had not
 * touched yet cost it more than the rest of the export (a growing array of 30 values a call, and
 * each entry's time boxed as a number on the heap, were 9 µs of a 170 µs echo in a CPU profile, and
 * as much again in garbage collection). Here the slots only hold small integers, booleans, null
 * and strings the record already holds; times go to a Float64Array; storage comes in parts of
 * PART entries, added as needed (never copied to grow) and reused after each hand-over.
 */
export declare class CompactQueue {
    private full;
    private free;
    private cur;
    /** Entries queued. */
    count: number;
    /**
     * Queues `entry` if a span can depend on it. `parents` holds the parent span id (or undefined)
     * of each traceparent the engine made, taken out when its request is seen.
     */
    push(engine: number, entry: Entry, parents: Map<string, string | undefined>, scope?: SpanIds): void;
    /** Everything queued, copied out; the storage is cleared (kept, not freed) for the next entries. */
    take(): CompactBatch;
    /** A new entry's first slot in `this.cur` (its other slots are null). */
    private slot;
}
/** Entries in `batch`. */
export declare const entriesIn: (batch: CompactBatch) => number;
/** What one compact entry says. */
export interface Unpacked {
    engine: number;
    /** The entry, with only what SpanBuilder reads; undefined for a session's end. */
    entry?: Entry;
    /** The parent span of a request whose traceparent the engine made. */
    parent?: string;
}
/** Entry `i` of `part`, rebuilt for SpanBuilder.add (the same spans as from the real entry). */
export declare function entryOf(part: CompactPart, i: number): Unpacked;

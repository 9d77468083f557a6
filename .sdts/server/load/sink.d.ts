import type { Entry, NewEntry } from "../../lib/record/format";
import type { RecordSink } from "../engine";
/** The slowest calls kept as entries. */
export declare const SLOWEST_KEPT = 5;
/** Failed calls kept as entries (a dead server fails every call: the rest are counted). */
export declare const ERRORS_KEPT = 20;
/** Other entries kept (stderr, lifecycle, HTTP events): the first ones, the rest counted. */
export declare const OTHERS_KEPT = 30;
/**
 * Requests held until their answer, for the sample, in a ring by seq: a request this many frames
 * older than the newest is let go (a server that never answers cannot grow this).
 */
export declare const WAITING_RING = 16384;
/**
 * The record of a load connection: it numbers every frame as the record store does, and keeps
 * only a sample: every error up to a bound, the slowest calls, and the first other entries.
 * Responses arrive paired (the connection pairs, server/record/pairing.ts): their `pair` gives
 * each call's wire time and which request entry to keep beside it. Nothing else is held, so a
 * run of a million calls costs no memory per call.
 */
export declare class LoadSink implements RecordSink {
    private seq;
    /**
     * Request entries waiting for their answer, at seq % WAITING_RING (what a response's `pair` names).
     * Rings, not Maps: nothing allocated per call (a Map's table is reallocated as entries come and
     * go, two per call here) and nothing held past its answer (bench figure 7: what survives each
     * scavenge, 2.0 → 1.8 MB with the other changes of its commit).
     */
    private readonly waiting;
    /** Wire time of each tools/call response not yet taken by the runner, at response seq % WAITING_RING (NaN: none). */
    private readonly wireMs;
    private readonly wireSeq;
    private slowest;
    private readonly errors;
    private readonly others;
    private messages;
    errorsNotKept: number;
    private othersNotKept;
    append(draft: NewEntry): Entry;
    /** The wire time of a tools/call response (request frame out to response frame in), once. */
    takeWire(responseSeq: number | undefined): number | undefined;
    /** What was kept, in record order, and how much was not. */
    sample(): {
        kept: Entry[];
        framesNotKept: number;
        errorsNotKept: number;
    };
    private keepError;
    private keepIfSlow;
}

import type { Entry, NewEntry } from "../../../lib/record/format";
import type { RecordSink } from "../../engine";
import type { LoadSink } from "../../load/sink";
/** Entries a load run's session file keeps whole from the start (the handshake and the first calls). */
export declare const FIRST_KEPT = 1000;
/**
 * The record of `--load --save-session`: the load sink numbers and samples every frame as
 * without the flag (so a long run still costs no memory per call), and the first FIRST_KEPT
 * entries are also kept whole, so the file opens with the handshake and the first calls.
 */
export declare class RecordingLoadSink implements RecordSink {
    readonly load: LoadSink;
    private readonly first;
    private lastSeq;
    constructor(load: LoadSink);
    append(draft: NewEntry): Entry;
    /**
     * The run's entries for a session file: the first ones, then the sample the load sink kept
     * (errors, the slowest calls), in seq order, and a `dropped` entry counting what is in neither:
     * a gap is said, never silent.
     */
    entries(): Entry[];
}

import type { Entry } from "../../lib/record/format";
import type { BridgeRecord } from "../bridge/ws-bridge";
import type { EntryListener } from "../record/store";
/**
 * The hub's copy of a joined tap's record: the entries as that tap recorded them, their seqs
 * and pairing untouched, so the page reads it as it reads any record. It holds what the tap's
 * own record holds: entries below the tap's `firstSeq` (evicted there, with a `dropped` entry
 * that says so) go here too. Never written by the hub itself.
 */
export declare class MirrorRecord implements BridgeRecord {
    private entries;
    private last;
    private readonly listeners;
    /** Entries from the tap (in seq order; ones already held are skipped), and where its record now starts. */
    add(firstSeq: number, entries: readonly Entry[]): void;
    since(since: number): Entry[];
    get(seq: number): Entry | undefined;
    get firstSeq(): number;
    get lastSeq(): number;
    get size(): number;
    subscribe(listener: EntryListener): () => void;
    append(): Entry;
    /** Index of the first entry with seq > `seq` (seqs rise, with gaps where the tap's record evicted). */
    private indexAfter;
}

import type { Entry, NewEntry } from "../../lib/record/format";
export interface RecordStoreOptions {
    /**
     * Memory bound, in bytes of wire text (plus a fixed per-entry overhead). Past it the oldest
     * entries are evicted in chunks and a `dropped` entry says how many: never silent.
     */
    maxBytes?: number;
}
export type EntryListener = (entry: Entry) => void;
export declare const DEFAULT_RECORD_MAX_BYTES: number;
/**
 * The append-only record of one backend process: assigns `seq` and `t`, keeps entries within
 * the memory bound and tells listeners about each entry. Entries are kept as given, never edited:
 * a response arrives already paired by whoever owns its request (the connection, see
 * server/record/pairing.ts).
 */
export declare class RecordStore {
    private entries;
    private sizes;
    private firstSeqHeld;
    private nextSeq;
    private bytesHeld;
    private readonly maxBytes;
    private readonly listeners;
    evictedCount: number;
    constructor(opts?: RecordStoreOptions);
    /** `at`: when the entry happened on the monotonic clock (performance.now()), for a recorder that appends later than it saw it (the tap); now by default. */
    append(draft: NewEntry, at?: number): Entry;
    /** Entries with seq > since that are still held, oldest first. */
    since(since: number): Entry[];
    get(seq: number): Entry | undefined;
    get firstSeq(): number;
    get lastSeq(): number;
    get size(): number;
    subscribe(listener: EntryListener): () => void;
    /** Drop the oldest quarter of what is held, then say so in the record. */
    private evict;
}

import { performance } from "node:perf_hooks";
import type { Entry, NewEntry } from "../../lib/record/format";

export interface RecordStoreOptions {
  /**
   * Memory bound, in bytes of wire text (plus a fixed per-entry overhead). Past it the oldest
   * entries are evicted in chunks and a `dropped` entry says how many: never silent.
   */
  maxBytes?: number;
}

export type EntryListener = (entry: Entry) => void;

/** Per-entry bookkeeping cost on top of its wire bytes, so a flood of tiny frames is bounded too. */
const ENTRY_OVERHEAD_BYTES = 200;
export const DEFAULT_RECORD_MAX_BYTES = 96 * 1024 * 1024;

/**
 * The append-only record of one backend process: assigns `seq` and `t`, keeps entries within
 * the memory bound and tells listeners about each entry. Entries are kept as given, never edited:
 * a response arrives already paired by whoever owns its request (the connection, see
 * server/record/pairing.ts).
 */
export class RecordStore {
  private entries: Entry[] = [];
  private sizes: number[] = [];
  private firstSeqHeld = 1;
  private nextSeq = 1;
  private bytesHeld = 0;
  private readonly maxBytes: number;
  private readonly listeners = new Set<EntryListener>();
  evictedCount = 0;

  constructor(opts: RecordStoreOptions = {}) {
    this.maxBytes = opts.maxBytes ?? DEFAULT_RECORD_MAX_BYTES;
  }

  /** `at`: when the entry happened on the monotonic clock (performance.now()), for a recorder that appends later than it saw it (the tap); now by default. */
  append(draft: NewEntry, at?: number): Entry {
    const t = performance.timeOrigin + (at ?? performance.now());
    // seq and t first: `{ ...draft, seq, t }` gives V8 objects with an out-of-object property
    // store: about 220 bytes more per entry (22 MiB per 100,000 entries, bench figure 3).
    const entry = { seq: this.nextSeq++, t, ...draft } as Entry;
    this.entries.push(entry);
    const size = entrySize(entry);
    this.sizes.push(size);
    this.bytesHeld += size;
    for (const l of this.listeners) l(entry);
    if (this.bytesHeld > this.maxBytes && entry.kind !== "dropped") this.evict();
    return entry;
  }

  /** Entries with seq > since that are still held, oldest first. */
  since(since: number): Entry[] {
    const from = Math.max(0, since + 1 - this.firstSeqHeld);
    return this.entries.slice(from);
  }

  get(seq: number): Entry | undefined {
    return this.entries[seq - this.firstSeqHeld];
  }

  get firstSeq(): number {
    return this.firstSeqHeld;
  }
  get lastSeq(): number {
    return this.nextSeq - 1;
  }
  get size(): number {
    return this.entries.length;
  }

  subscribe(listener: EntryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Drop the oldest quarter of what is held, then say so in the record. */
  private evict(): void {
    const target = this.maxBytes * 0.75;
    let n = 0;
    let bytes = 0;
    while (n < this.entries.length - 1 && this.bytesHeld - bytes > target) bytes += this.sizes[n++];
    if (n === 0) return;
    this.entries.splice(0, n);
    this.sizes.splice(0, n);
    this.firstSeqHeld += n;
    this.bytesHeld -= bytes;
    this.evictedCount += n;
    this.append({
      kind: "dropped",
      count: n,
      bytes,
      text: `record memory bound (${Math.round(this.maxBytes / 1048576)} MiB) reached: the ${n} oldest entries were dropped; ${this.evictedCount} dropped in all`,
    });
  }
}

function entrySize(e: Entry): number {
  switch (e.kind) {
    case "message":
      return ENTRY_OVERHEAD_BYTES + e.size * (e.raw === undefined ? 2 : 3);
    case "stderr":
    case "stdout-noise":
    case "http":
      return ENTRY_OVERHEAD_BYTES + e.text.length * 2;
    case "app":
      // An App's messages count against the memory bound like the server's (a chatty App is no exception).
      return ENTRY_OVERHEAD_BYTES + e.size * 2;
    case "model":
      // A model's exchange keeps up to 64 KiB of each body, and a long chat resends the whole conversation each turn.
      return (
        ENTRY_OVERHEAD_BYTES +
        (e.model.type === "exchange" ? e.model.request.length + e.model.response.length : JSON.stringify(e.model).length) * 2
      );
    default:
      return ENTRY_OVERHEAD_BYTES;
  }
}

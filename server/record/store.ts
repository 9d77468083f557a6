import { performance } from "node:perf_hooks";
import type { Entry, NewEntry } from "../../lib/record/format";
import { DEFAULT_MAX_BODY_BYTES, cutMessage, isSessionFrame } from "./cut";

export interface RecordStoreOptions {
  /**
   * Memory bound, in bytes of wire text (plus a fixed per-entry overhead). Past it the oldest
   * entries are evicted in chunks and a `dropped` entry says how many: never silent.
   */
  maxBytes?: number;
  /** Largest frame kept whole (wire bytes); a bigger one is cut as it is appended (server/record/cut.ts). */
  maxBodyBytes?: number;
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
  private readonly maxBodyBytes: number;
  /** Handshake and list frames the bound passed over: kept ahead of the held record (isSessionFrame). */
  private pinned: Entry[] = [];
  private pinnedBytes = 0;
  private readonly listeners = new Set<EntryListener>();
  /** Entries that left the held record (firstSeq - 1): dropped, or kept aside as the handshake and lists. */
  evictedCount = 0;
  private droppedCount = 0;

  constructor(opts: RecordStoreOptions = {}) {
    this.maxBytes = opts.maxBytes ?? DEFAULT_RECORD_MAX_BYTES;
    // A quarter of the bound, at least 1 MiB (a small test bound keeps its frames whole), at most DEFAULT_MAX_BODY_BYTES.
    this.maxBodyBytes = opts.maxBodyBytes ?? Math.max(1024 * 1024, Math.min(DEFAULT_MAX_BODY_BYTES, Math.floor(this.maxBytes / 4)));
  }

  /** `at`: when the entry happened on the monotonic clock (performance.now()), for a recorder that appends later than it saw it (the tap); now by default. */
  append(draft: NewEntry, at?: number): Entry {
    // A frame past its bound is cut here, before anyone sees it, so the entry is never edited
    // later and one big answer cannot push the handshake out (issue 91).
    if (draft.kind === "message" && draft.size > this.maxBodyBytes) draft = cutMessage(draft, "record");
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

  /** Entries with seq > since that are still held, oldest first (the kept handshake and lists before the rest). */
  since(since: number): Entry[] {
    const from = Math.max(0, since + 1 - this.firstSeqHeld);
    const pinned = this.pinned.filter((e) => e.seq > since);
    return pinned.length ? [...pinned, ...this.entries.slice(from)] : this.entries.slice(from);
  }

  get(seq: number): Entry | undefined {
    if (seq < this.firstSeqHeld) return this.pinned.find((e) => e.seq === seq);
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
    // The handshake and the lists stay (up to a quarter of the bound): without them no reader can
    // replay or show the session. They move ahead of the held record; seq order is kept.
    // Their bytes stay counted in bytesHeld: they are still in memory.
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const e = this.entries[i];
      if (e.kind !== "dropped" && isSessionFrame(e) && this.pinnedBytes + this.sizes[i] <= this.maxBytes / 4) {
        this.pinned.push(e);
        this.pinnedBytes += this.sizes[i];
        bytes -= this.sizes[i];
        kept++;
      }
    }
    this.entries.splice(0, n);
    this.sizes.splice(0, n);
    this.firstSeqHeld += n;
    this.evictedCount += n;
    n -= kept;
    this.bytesHeld -= bytes;
    this.droppedCount += n;
    this.append({
      kind: "dropped",
      count: n,
      bytes,
      text: `record memory bound (${Math.round(this.maxBytes / 1048576)} MiB) reached: the ${n} oldest entries were dropped${kept ? ` (${kept} of the handshake and lists kept)` : ""}; ${this.droppedCount} dropped in all`,
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

import { performance } from "node:perf_hooks";
import type { Direction, Entry, MessageEntry, NewEntry, Pair } from "../../lib/record/format";
import { idOf, isRequest, isResponse } from "../../lib/protocol/jsonrpc";

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
 * The append-only record of one backend process. Assigns `seq` and `t`, pairs responses with
 * requests (by direction and JSON-RPC id) and tells listeners about each entry.
 */
export class RecordStore {
  private entries: Entry[] = [];
  private sizes: number[] = [];
  private firstSeqHeld = 1;
  private nextSeq = 1;
  private bytesHeld = 0;
  private readonly maxBytes: number;
  private readonly listeners = new Set<EntryListener>();
  /** Requests waiting for a response, keyed by the direction they were sent in, then id. */
  private readonly open: Record<Direction, Map<string, { seq: number; method: string; t: number }>> = {
    "client->server": new Map(),
    "server->client": new Map(),
  };
  evictedCount = 0;

  constructor(opts: RecordStoreOptions = {}) {
    this.maxBytes = opts.maxBytes ?? DEFAULT_RECORD_MAX_BYTES;
  }

  append(draft: NewEntry): Entry {
    const t = performance.timeOrigin + performance.now();
    // seq and t first: `{ ...draft, seq, t }` gives V8 objects with an out-of-object property
    // store: about 220 bytes more per entry (22 MiB per 100,000 entries, bench figure 3).
    const entry = { seq: this.nextSeq++, t, ...draft } as Entry;
    if (entry.kind === "message") this.pairIfResponse(entry);
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

  /** Forget the open requests of a connection that ended, so ids reused by the next one pair correctly. */
  resetPairing(): void {
    this.open["client->server"].clear();
    this.open["server->client"].clear();
  }

  private pairIfResponse(entry: MessageEntry): void {
    const m = entry.message;
    const id = idOf(m);
    if (id === undefined) return;
    const key = `${typeof id}:${id}`;
    if (isRequest(m)) {
      this.open[entry.dir].set(key, { seq: entry.seq, method: m.method, t: entry.t });
      return;
    }
    if (!isResponse(m)) return;
    const other: Direction = entry.dir === "client->server" ? "server->client" : "client->server";
    const req = this.open[other].get(key);
    if (!req) return;
    this.open[other].delete(key);
    const pair: Pair = { seq: req.seq, method: req.method, latencyMs: round3(entry.t - req.t) };
    (entry as MessageEntry).pair = pair;
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
    default:
      return ENTRY_OVERHEAD_BYTES;
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

import type { Entry } from "../../lib/record/format";
import type { BridgeRecord } from "../bridge/ws-bridge";
import type { EntryListener } from "../record/store";

/**
 * The hub's copy of a joined tap's record: the entries as that tap recorded them, their seqs
 * and pairing untouched, so the page reads it as it reads any record. It holds what the tap's
 * own record holds: entries below the tap's `firstSeq` (evicted there, with a `dropped` entry
 * that says so) go here too. Never written by the hub itself.
 */
export class MirrorRecord implements BridgeRecord {
  private entries: Entry[] = [];
  private last = 0;
  private readonly listeners = new Set<EntryListener>();

  /** Entries from the tap (in seq order; ones already held are skipped), and where its record now starts. */
  add(firstSeq: number, entries: readonly Entry[]): void {
    for (const e of entries) {
      if (e.seq <= this.last) continue;
      this.entries.push(e);
      this.last = e.seq;
      for (const l of this.listeners) l(e);
    }
    if (this.entries.length && this.entries[0].seq < firstSeq) this.entries.splice(0, this.indexAfter(firstSeq - 1));
  }

  since(since: number): Entry[] {
    return this.entries.slice(this.indexAfter(since));
  }

  get(seq: number): Entry | undefined {
    const i = this.indexAfter(seq - 1);
    return this.entries[i]?.seq === seq ? this.entries[i] : undefined;
  }

  get firstSeq(): number {
    return this.entries[0]?.seq ?? this.last + 1;
  }

  get lastSeq(): number {
    return this.last;
  }

  get size(): number {
    return this.entries.length;
  }

  subscribe(listener: EntryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  append(): Entry {
    throw new Error("the hub's copy of another tap's record takes no entries of its own");
  }

  /** Index of the first entry with seq > `seq` (seqs rise, with gaps where the tap's record evicted). */
  private indexAfter(seq: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid].seq <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

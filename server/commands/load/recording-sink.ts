import type { Entry, NewEntry } from "../../../lib/record/format";
import type { RecordSink } from "../../engine";
import type { LoadSink } from "../../load/sink";

/** Entries a load run's session file keeps whole from the start (the handshake and the first calls). */
export const FIRST_KEPT = 1000;

/**
 * The record of `--load --save-session`: the load sink numbers and samples every frame as
 * without the flag (so a long run still costs no memory per call), and the first FIRST_KEPT
 * entries are also kept whole, so the file opens with the handshake and the first calls.
 */
export class RecordingLoadSink implements RecordSink {
  private readonly first: Entry[] = [];
  private lastSeq = 0;

  constructor(readonly load: LoadSink) {}

  append(draft: NewEntry): Entry {
    const entry = this.load.append(draft);
    this.lastSeq = entry.seq;
    if (this.first.length < FIRST_KEPT) this.first.push(entry);
    return entry;
  }

  /**
   * The run's entries for a session file: the first ones, then the sample the load sink kept
   * (errors, the slowest calls), in seq order, and a `dropped` entry counting what is in neither:
   * a gap is said, never silent.
   */
  entries(): Entry[] {
    const bySeq = new Map<number, Entry>();
    for (const e of [...this.first, ...this.load.sample().kept]) bySeq.set(e.seq, e);
    const kept = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
    const left = this.lastSeq - kept.length;
    if (left <= 0) return kept;
    const text = `load run: ${left} of ${this.lastSeq} entries not kept (the first ${FIRST_KEPT} are whole; after them only the failed and the slowest calls)`;
    return [...kept, { seq: this.lastSeq + 1, t: kept.at(-1)?.t ?? Date.now(), kind: "dropped", count: left, bytes: 0, text }];
  }
}

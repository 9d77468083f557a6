import { performance } from "node:perf_hooks";
import type { Entry, MessageEntry, NewEntry } from "../../lib/record/format";
import { asRecord, isObject } from "../../lib/json/shape";
import { isRequest } from "../../lib/protocol/jsonrpc";
import type { RecordSink } from "../engine";

/** The slowest calls kept as entries. */
export const SLOWEST_KEPT = 5;
/** Failed calls kept as entries (a dead server fails every call: the rest are counted). */
export const ERRORS_KEPT = 20;
/** Other entries kept (stderr, lifecycle, HTTP events): the first ones, the rest counted. */
export const OTHERS_KEPT = 30;
/**
 * An entry bigger than this is counted, not kept: the sample goes into the summary (`--format
 * json`, the page's download), which embedded a 5,000-tool tools/list answer whole (4.26 MB for an
 * echo run, issue 91). `--save-session` keeps such frames.
 */
export const SAMPLE_ENTRY_MAX_BYTES = 64 * 1024;
/**
 * Requests held until their answer, for the sample, in a ring by seq: a request this many frames
 * older than the newest is let go (a server that never answers cannot grow this).
 */
export const WAITING_RING = 16_384;

/**
 * The record of a load connection: it numbers every frame as the record store does, and keeps
 * only a sample: every error up to a bound, the slowest calls, and the first other entries.
 * Responses arrive paired (the connection pairs, server/record/pairing.ts): their `pair` gives
 * each call's wire time and which request entry to keep beside it. Nothing else is held, so a
 * run of a million calls costs no memory per call.
 */
export class LoadSink implements RecordSink {
  private seq = 0;
  /**
   * Request entries waiting for their answer, at seq % WAITING_RING (what a response's `pair` names).
   * Rings, not Maps: nothing allocated per call (a Map's table is reallocated as entries come and
   * go, two per call here) and nothing held past its answer (bench figure 7: what survives each
   * scavenge, 2.0 → 1.8 MB with the other changes of its commit).
   */
  private readonly waiting: Array<MessageEntry | undefined> = new Array(WAITING_RING);
  /** Wire time of each tools/call response not yet taken by the runner, at response seq % WAITING_RING (NaN: none). */
  private readonly wireMs = new Float64Array(WAITING_RING).fill(NaN);
  private readonly wireSeq = new Float64Array(WAITING_RING).fill(-1);
  private slowest: Array<{ ms: number; pair: [MessageEntry, MessageEntry] }> = [];
  private readonly errors: MessageEntry[] = [];
  private readonly others: Entry[] = [];
  private messages = 0;
  errorsNotKept = 0;
  private othersNotKept = 0;

  append(draft: NewEntry): Entry {
    const entry = { seq: ++this.seq, t: performance.timeOrigin + performance.now(), ...draft } as Entry;
    if (entry.kind !== "message") {
      if (this.others.length < OTHERS_KEPT && sizeOf(entry) <= SAMPLE_ENTRY_MAX_BYTES) this.others.push(entry);
      else this.othersNotKept++;
      return entry;
    }
    this.messages++;
    const m = entry.message;
    if (isRequest(m)) {
      this.waiting[entry.seq % WAITING_RING] = entry;
      return entry;
    }
    const pair = entry.pair;
    if (!pair) return entry;
    const at = pair.seq % WAITING_RING;
    const held = this.waiting[at];
    const req = held?.seq === pair.seq ? held : undefined;
    if (req) this.waiting[at] = undefined;
    if (pair.method === "tools/call") {
      this.wireMs[entry.seq % WAITING_RING] = pair.latencyMs;
      this.wireSeq[entry.seq % WAITING_RING] = entry.seq;
    }
    if (!req) return entry;
    const failed = (isObject(m) && m.error !== undefined) || asRecord(asRecord(m).result).isError === true;
    // The slowest of the run's calls: the tools/list that finds the tool first is not one.
    if (!failed && pair.method !== "tools/call") return entry;
    // Too big for the summary: counted among the frames not kept (and the errors, when it is one).
    if (req.size > SAMPLE_ENTRY_MAX_BYTES || entry.size > SAMPLE_ENTRY_MAX_BYTES) {
      if (failed) this.errorsNotKept++;
      return entry;
    }
    if (failed) this.keepError(req, entry);
    else this.keepIfSlow(pair.latencyMs, req, entry);
    return entry;
  }

  /** The wire time of a tools/call response (request frame out to response frame in), once. */
  takeWire(responseSeq: number | undefined): number | undefined {
    if (responseSeq === undefined) return undefined;
    const at = responseSeq % WAITING_RING;
    if (this.wireSeq[at] !== responseSeq) return undefined;
    this.wireSeq[at] = -1;
    return this.wireMs[at];
  }

  /** What was kept, in record order, and how much was not. */
  sample(): { kept: Entry[]; framesNotKept: number; errorsNotKept: number } {
    const kept = [...this.others, ...this.errors, ...this.slowest.flatMap((s) => s.pair)];
    kept.sort((a, b) => a.seq - b.seq);
    const keptMessages = kept.filter((e) => e.kind === "message").length;
    return { kept, framesNotKept: this.messages - keptMessages + this.othersNotKept, errorsNotKept: this.errorsNotKept };
  }

  private keepError(req: MessageEntry, res: MessageEntry): void {
    if (this.errors.length >= ERRORS_KEPT * 2) return void this.errorsNotKept++;
    this.errors.push(req, res);
  }

  private keepIfSlow(ms: number, req: MessageEntry, res: MessageEntry): void {
    const s = this.slowest;
    if (s.length === SLOWEST_KEPT && ms <= s[s.length - 1].ms) return;
    s.push({ ms, pair: [req, res] });
    s.sort((a, b) => b.ms - a.ms);
    if (s.length > SLOWEST_KEPT) s.pop();
  }
}

/** An entry's size in bytes, as recorded, or its text's length. */
function sizeOf(e: Entry): number {
  if ("size" in e && typeof e.size === "number") return e.size;
  return "text" in e && typeof e.text === "string" ? e.text.length : 0;
}

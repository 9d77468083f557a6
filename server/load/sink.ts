import { performance } from "node:perf_hooks";
import type { Direction, Entry, MessageEntry, NewEntry } from "../../lib/record/format";
import type { RecordSink } from "../engine";

/** The slowest calls kept as entries. */
export const SLOWEST_KEPT = 5;
/** Failed calls kept as entries (a dead server fails every call: the rest are counted). */
export const ERRORS_KEPT = 20;
/** Other entries kept (stderr, lifecycle, HTTP events): the first ones, the rest counted. */
export const OTHERS_KEPT = 30;

interface Open {
  entry: MessageEntry;
  at: number;
}

/**
 * The record of a load connection: it numbers and pairs every frame as the record store does
 * (the engine settles each request from the response the sink paired), times each pair on the
 * monotonic clock, and keeps only a sample: every error up to a bound, the slowest calls, and the
 * first other entries. Nothing else is held, so a run of a million calls costs no memory per call.
 */
export class LoadSink implements RecordSink {
  private seq = 0;
  private readonly open: Record<Direction, Map<string, Open>> = { "client->server": new Map(), "server->client": new Map() };
  /** Wire time of each tools/call response not yet taken by the runner, by response seq. */
  private readonly wire = new Map<number, number>();
  private slowest: Array<{ ms: number; pair: [MessageEntry, MessageEntry] }> = [];
  private readonly errors: MessageEntry[] = [];
  private readonly others: Entry[] = [];
  private messages = 0;
  errorsNotKept = 0;
  private othersNotKept = 0;

  append(draft: NewEntry): Entry {
    const now = performance.now();
    const entry = { seq: ++this.seq, t: performance.timeOrigin + now, ...draft } as Entry;
    if (entry.kind !== "message") {
      if (this.others.length < OTHERS_KEPT) this.others.push(entry);
      else this.othersNotKept++;
      return entry;
    }
    this.messages++;
    const m = entry.message as { id?: unknown; method?: unknown; result?: { isError?: unknown }; error?: unknown };
    if (m.id === undefined || m.id === null) return entry;
    const key = `${typeof m.id}:${String(m.id)}`;
    if (typeof m.method === "string") {
      this.open[entry.dir].set(key, { entry, at: now });
      return entry;
    }
    const other: Direction = entry.dir === "client->server" ? "server->client" : "client->server";
    const req = this.open[other].get(key);
    if (!req) return entry;
    this.open[other].delete(key);
    const ms = now - req.at;
    const method = (req.entry.message as { method: string }).method;
    entry.pair = { seq: req.entry.seq, method, latencyMs: Math.round(ms * 1000) / 1000 };
    if (method === "tools/call") this.wire.set(entry.seq, ms);
    if (m.error !== undefined || m.result?.isError === true) this.keepError(req.entry, entry);
    else this.keepIfSlow(ms, req.entry, entry);
    return entry;
  }

  resetPairing(): void {
    this.open["client->server"].clear();
    this.open["server->client"].clear();
  }

  /** The wire time of a tools/call response (request frame out to response frame in), once. */
  takeWire(responseSeq: number | undefined): number | undefined {
    if (responseSeq === undefined) return undefined;
    const ms = this.wire.get(responseSeq);
    this.wire.delete(responseSeq);
    return ms;
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

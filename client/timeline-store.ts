import type { Direction, Entry, MessageEntry } from "../lib/record/format";
import { isHttpHousekeeping, kindOf, methodKeyOf, searchTextOf, type EntryKindKey } from "../lib/record/entry-facts";
import { idOf, isNotification, isRequest, resultObject } from "../lib/protocol/jsonrpc";
import { Store } from "./store";
import { asRecord } from "../lib/json/shape";

export interface TimelineFilter {
  dir: "all" | Direction;
  /** Kinds to show; empty means all. */
  kinds: readonly EntryKindKey[];
  /** Exact method (a response matches its request's method); "" means all. */
  method: string;
  /** Case-insensitive substring of the message text. */
  text: string;
  /** Only entries from this seq on (the person cleared what came before). */
  fromSeq?: number;
  /**
   * Hide HTTP housekeeping rows (priming events, 202s): the timeline folds them into the request
   * they follow. NO_FILTER keeps every entry (a share, the lint, the feeds read through it).
   */
  foldTransport?: boolean;
}

export const NO_FILTER: TimelineFilter = { dir: "all", kinds: [], method: "", text: "" };
/** What the timeline shows at first: everything, HTTP housekeeping folded into its requests. */
export const TIMELINE_FILTER: TimelineFilter = { ...NO_FILTER, foldTransport: true };

export function isNoFilter(f: TimelineFilter): boolean {
  return f.dir === "all" && f.kinds.length === 0 && f.method === "" && f.text.trim() === "" && !f.fromSeq;
}

/** A filtered window on the store: row i is entry at(i). */
export interface TimelineView {
  readonly count: number;
  at(i: number): Entry;
  /** Row of the entry with this seq, or -1 when it is filtered out or unknown. */
  rowOf(seq: number): number;
}

/** When queued entries are appended: once per animation frame in the page, by hand in tests. */
export type Scheduler = (flush: () => void) => void;

/** Longest search text (characters) kept per entry. */
const KEEP_SEARCH_TEXT = 256 * 1024;

/**
 * The page's copy of the record: append-only, fed by the socket. Incoming entries are held
 * and appended once per animation frame, so 5,000-entry history frames or a chatty target
 * cost one React update per frame, not one per message. Filtered views are extended
 * incrementally as entries arrive.
 */
export class TimelineStore extends Store {
  private entries: Entry[] = [];
  private incoming: Entry[] = [];
  /** Entries of `incoming` before this index are appended already (a backlog spread over frames). */
  private incomingHead = 0;
  private scheduled = false;
  private searchText: (string | undefined)[] = [];
  private readonly responseOfRequest = new Map<number, number>();
  /** The newest request seq per sender and JSON-RPC id (a cancellation names the id, not the seq). */
  private readonly requestById = new Map<string, number>();
  /** Request seq → seq of the entry that cancelled it (notifications/cancelled, or the engine's note). */
  private readonly cancelledBy = new Map<number, number>();
  private methodSet = new Set<string>();
  private connectingSeq = 0;
  /** The newest request this side sent: an HTTP housekeeping row that follows is folded into it. */
  private lastRequestSeq?: number;
  /** Request seq → how many HTTP housekeeping rows are folded into it. */
  private readonly folded = new Map<number, number>();
  private housekeeping = 0;
  private methodList: string[] = [];
  private cache?: { filter: TimelineFilter; rows: number[]; scanned: number; version: number; view: TimelineView };

  /**
   * `maxPerFlush`: most entries appended in one flush. The page bounds it: history still being
   * replayed when a flood starts piled up between two frames, and one frame took it all (a 34 ms
   * flush, its feed and lint included, then React: bench figure 3f, traced); the rest waits for
   * the next frame. Tests flushing by hand take everything at once.
   */
  constructor(
    private readonly schedule: Scheduler = defaultScheduler,
    private readonly maxPerFlush = Infinity,
  ) {
    super();
  }

  /** Queue entries; they appear at the next frame. Entries at or below the last seq are ignored. */
  push(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    for (const e of entries) this.incoming.push(e);
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => this.flush());
  }

  /** Append what is queued now (the scheduler calls this; tests may too). */
  flush(): void {
    this.scheduled = false;
    const from = this.incomingHead;
    const to = Math.min(this.incoming.length, from + this.maxPerFlush);
    if (to === from) return;
    const batch = this.incoming;
    const rest = to < batch.length;
    if (rest) this.incomingHead = to;
    else {
      this.incoming = [];
      this.incomingHead = 0;
    }
    let last = this.entries.at(-1)?.seq ?? 0;
    let methodsChanged = false;
    for (let i = from; i < to; i++) {
      const e = batch[i];
      if (e.seq <= last) continue;
      last = e.seq;
      this.entries.push(e);
      if (e.kind === "message") {
        if (e.dir === "client->server" && isRequest(e.message)) this.lastRequestSeq = e.seq;
        if (e.pair) this.responseOfRequest.set(e.pair.seq, e.seq);
        this.noteCancellation(e);
        const m = methodKeyOf(e);
        if (m && !this.methodSet.has(m)) {
          this.methodSet.add(m);
          methodsChanged = true;
        }
      } else if (e.kind === "lifecycle" && e.event === "note") this.noteStreamCancellation(e.seq, e.text);
      else if (e.kind === "lifecycle" && e.event === "connecting") {
        this.connectingSeq = e.seq;
        this.lastRequestSeq = undefined;
      } else if (isHttpHousekeeping(e)) {
        this.housekeeping++;
        // The request it follows: a POST's response stream opens after its request is recorded. A
        // GET's standalone stream belongs to no request (shown with the transport filter only).
        if (e.kind === "http" && e.http.method === "POST" && this.lastRequestSeq !== undefined)
          this.folded.set(this.lastRequestSeq, (this.folded.get(this.lastRequestSeq) ?? 0) + 1);
      }
    }
    if (methodsChanged) this.methodList = [...this.methodSet].sort();
    this.changed();
    // The rest at the next frame, asked for after this part is in (an immediate scheduler keeps the order).
    if (rest && !this.scheduled) {
      this.scheduled = true;
      this.schedule(() => this.flush());
    }
  }

  /** Forget everything (the backend restarted and its seqs started over). */
  reset(): void {
    this.entries = [];
    this.incoming = [];
    this.incomingHead = 0;
    this.searchText = [];
    this.responseOfRequest.clear();
    this.requestById.clear();
    this.cancelledBy.clear();
    this.methodSet = new Set();
    this.methodList = [];
    this.connectingSeq = 0;
    this.lastRequestSeq = undefined;
    this.folded.clear();
    this.housekeeping = 0;
    this.cache = undefined;
    this.changed();
  }

  get size(): number {
    return this.entries.length;
  }

  /** Highest seq held, including entries queued for the next frame. */
  get lastSeq(): number {
    if (this.incoming.length) return Math.max(this.incoming[this.incoming.length - 1].seq, this.entries.at(-1)?.seq ?? 0);
    return this.entries.at(-1)?.seq ?? 0;
  }

  /** How many HTTP housekeeping rows are held (the transport filter is offered when there are any). */
  get housekeepingCount(): number {
    return this.housekeeping;
  }

  /** How many HTTP housekeeping rows are folded into this request (0: none). */
  foldedInto(requestSeq: number): number {
    return this.folded.get(requestSeq) ?? 0;
  }

  /** The seq of the newest connection's "connecting" entry (0 before any): what changes on a reconnect. */
  get lastConnectingSeq(): number {
    return this.connectingSeq;
  }

  /** Every method seen so far, sorted; the same array until a new one appears. */
  methods(): readonly string[] {
    return this.methodList;
  }

  bySeq(seq: number): Entry | undefined {
    const i = this.indexOfSeq(seq);
    return i === -1 ? undefined : this.entries[i];
  }

  /**
   * The entry with this seq once it is in the store (now, or at a later flush); undefined if
   * the store is reset first. Replies that leave a big result in the record wait on this.
   */
  whenEntry(seq: number): Promise<Entry | undefined> {
    const now = this.bySeq(seq);
    if (now) return Promise.resolve(now);
    return new Promise((resolve) => {
      const unsubscribe = this.subscribe(() => {
        const e = this.bySeq(seq);
        if (e || this.entries.length === 0) {
          unsubscribe();
          resolve(e);
        }
      });
    });
  }

  /** The seq of the response to the request with this seq, if it has arrived. */
  responseSeqOf(requestSeq: number): number | undefined {
    return this.responseOfRequest.get(requestSeq);
  }

  /**
   * The seq of what cancelled the request with this seq: the notifications/cancelled its sender
   * sent (a cancel or a timeout), or the engine's note that it closed the request's HTTP stream
   * (2026-07-28). Undefined when it was not cancelled.
   */
  cancellationOf(requestSeq: number): number | undefined {
    return this.cancelledBy.get(requestSeq);
  }

  /** A view for this filter (kept and extended while the same filter object is asked for). */
  view(filter: TimelineFilter): TimelineView {
    if (isNoFilter(filter) && (!filter.foldTransport || this.housekeeping === 0)) return this.allView();
    let c = this.cache;
    if (!c || c.filter !== filter) {
      c = { filter, rows: [], scanned: 0, version: -1, view: undefined as unknown as TimelineView };
      const rows = c.rows;
      c.view = {
        get count() {
          return rows.length;
        },
        at: (i) => this.entries[rows[i]],
        rowOf: (seq) => {
          const idx = this.indexOfSeq(seq);
          return idx === -1 ? -1 : binarySearch(rows, idx);
        },
      };
      this.cache = c;
    }
    if (c.version !== this.version) {
      const match = matcher(filter);
      for (let i = c.scanned; i < this.entries.length; i++) if (match(this.entries[i], () => this.textAt(i))) c.rows.push(i);
      c.scanned = this.entries.length;
      c.version = this.version;
      // A new object when rows changed, so React sees the view change.
      const rows = c.rows;
      c.view = {
        get count() {
          return rows.length;
        },
        at: c.view.at,
        rowOf: c.view.rowOf,
      };
    }
    return c.view;
  }

  private allViewCache?: { version: number; view: TimelineView };
  private allView(): TimelineView {
    if (this.allViewCache?.version === this.version) return this.allViewCache.view;
    const entries = this.entries;
    const count = entries.length;
    const view: TimelineView = { count, at: (i) => entries[i], rowOf: (seq) => this.indexOfSeq(seq) };
    this.allViewCache = { version: this.version, view };
    return view;
  }

  private textAt(i: number): string {
    const kept = this.searchText[i];
    if (kept !== undefined) return kept;
    const text = searchTextOf(this.entries[i]);
    // A big entry's text is made again per filter rather than kept: a lower-cased copy of a
    // 20 MiB message would be a second 20-40 MiB held for as long as the page is open.
    if (text.length <= KEEP_SEARCH_TEXT) this.searchText[i] = text;
    return text;
  }

  private noteCancellation(e: MessageEntry): void {
    const m = e.message;
    if (isRequest(m)) {
      this.requestById.set(requestKey(e.dir, idOf(m)), e.seq);
      return;
    }
    // Spec (basic/utilities/cancellation): the party that sent the request sends
    // notifications/cancelled naming its id, so the request went the same way.
    if (!isNotification(m) || m.method !== "notifications/cancelled") return;
    const id = asRecord(m.params).requestId;
    if (typeof id !== "string" && typeof id !== "number") return;
    const requestSeq = this.requestById.get(requestKey(e.dir, id));
    if (requestSeq !== undefined && !this.cancelledBy.has(requestSeq)) this.cancelledBy.set(requestSeq, e.seq);
  }

  /**
   * In the 2026-07-28 era a request is cancelled by closing its stream, and nothing is sent; the
   * engine's note (server/engine/requests.ts `end`) is the record's only word of it.
   */
  private noteStreamCancellation(seq: number, text: string): void {
    const m = STREAM_CANCEL_NOTE.exec(text);
    if (!m) return;
    const requestSeq = this.requestById.get(requestKey("client->server", Number(m[1])));
    if (requestSeq !== undefined && !this.cancelledBy.has(requestSeq)) this.cancelledBy.set(requestSeq, seq);
  }

  private indexOfSeq(seq: number): number {
    return binarySearchBy(this.entries, seq);
  }
}

const STREAM_CANCEL_NOTE = /^request (\d+) \(.*?\) ended by closing its HTTP stream/;

function requestKey(dir: Direction, id: unknown): string {
  return `${dir} ${typeof id} ${String(id)}`;
}

/** A tools/call result that says the tool failed (isError): an error to a person, not to JSON-RPC. */
function isToolErrorResult(e: Entry): boolean {
  if (e.kind !== "message" || e.pair?.method !== "tools/call") return false;
  return resultObject(e.message)?.isError === true;
}

function matcher(f: TimelineFilter): (e: Entry, text: () => string) => boolean {
  const needle = f.text.trim().toLowerCase();
  const kinds = f.kinds.length ? new Set(f.kinds) : undefined;
  const from = f.fromSeq ?? 0;
  // Picking the "other" kind asks for what is folded too.
  const fold = f.foldTransport && !kinds?.has("other");
  return (e, text) => {
    if (e.seq < from) return false;
    if (fold && isHttpHousekeeping(e)) return false;
    if (f.dir !== "all" && (e.kind !== "message" || e.dir !== f.dir)) return false;
    // The "error" chip also shows tool results with isError: true (a failure the person looks for).
    if (kinds && !kinds.has(kindOf(e)) && !(kinds.has("error") && isToolErrorResult(e))) return false;
    if (f.method && methodKeyOf(e) !== f.method) return false;
    if (needle && !text().includes(needle)) return false;
    return true;
  };
}

function binarySearch(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function binarySearchBy(entries: readonly Entry[], seq: number): number {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = entries[mid].seq;
    if (s === seq) return mid;
    if (s < seq) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Once per animation frame, and after a frame that took long (a flood: React, style and layout of
 * the rows that changed), no sooner than that frame's own length again: a page drawing every frame
 * of a flood spent most of its time drawing and read the socket at half the headless rate (bench
 * figure 3p), while a quiet page still appends at the next frame.
 */
function frameScheduler(): Scheduler {
  let readyAt = 0;
  const measure = measureFrame();
  return (flush) => {
    const run = () => {
      const t0 = performance.now();
      flush();
      // Until the frame that draws what the flush changed has been rendered.
      nextFrame(() => measure((end) => (readyAt = end + (end - t0))));
    };
    // In the task after a frame, not in its animation-frame callback: React's render of the
    // appended entries is then a task of its own, and the next frame's layout and paint another
    // (together they were one task over 50 ms in bench figure 3f, traced).
    const afterFrame = () => measure(run);
    const wait = readyAt - performance.now();
    if (wait > 0) setTimeout(() => nextFrame(afterFrame), wait);
    else nextFrame(afterFrame);
  };
}

/** Calls back with the time the task after this one starts: after the frame's rendering. */
function measureFrame(): (done: (end: number) => void) => void {
  if (typeof MessageChannel === "undefined") return (done) => setTimeout(() => done(performance.now()), 0);
  const channel = new MessageChannel();
  const waiting: ((end: number) => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.(performance.now());
  (channel.port1 as { unref?(): void }).unref?.();
  return (done) => {
    waiting.push(done);
    channel.port2.postMessage(null);
  };
}

function nextFrame(run: () => void): void {
  if (typeof requestAnimationFrame === "function" && typeof document !== "undefined" && document.visibilityState !== "hidden") {
    // rAF does not run in a hidden tab; a timeout keeps a background tab from hoarding entries.
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      run();
    };
    requestAnimationFrame(once);
    setTimeout(once, 250);
  } else setTimeout(run, 16);
}

const defaultScheduler: Scheduler = typeof window === "undefined" ? (flush) => setTimeout(flush, 16) : frameScheduler();

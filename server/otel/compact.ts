import type { Entry, MessageEntry } from "../../lib/record/format";
import { isObject } from "../../lib/json/shape";
import { formatTraceparent, type SpanIds } from "./trace-context";

/**
 * A record entry as the span builder needs it, flat: what the engine's thread does per entry with
 * export on is write these few fields (figure 11: building spans, the SDK and its encoding there
 * cost a load run 40% of its throughput). The spans are built where the exporter runs (a worker
 * thread) from `entryOf`, which gives lib/otel/spans.ts's SpanBuilder exactly the fields it reads.
 */
export const STRIDE = 10;

const REQUEST = 0; // or a notification
const SPAWNED = 1;
const ENDED = 2;
const RESPONSE = 3;
const CONNECTING = 4;

// Slots of one entry: [engine, code, dir, id, http, …]; then a request's
// [method, name, uri, traceparent, parent], a response's [protocolVersion, error code, error message, isError].
const ENGINE = 0;
const CODE = 1;
const DIR = 2;
const ID = 3;
const HTTP = 4;
const METHOD = 5;
const NAME = 6;
const URI = 7;
const TRACEPARENT = 8;
const PARENT = 9;
const VERSION = 5;
const ERROR_CODE = 6;
const ERROR_MESSAGE = 7;
const IS_ERROR = 8;

/** Part of a hand-over: STRIDE slots and one time per entry. */
export interface CompactPart {
  slots: unknown[];
  times: Float64Array;
}

/** What one hand-over carries: its entries in parts, in order. */
export type CompactBatch = CompactPart[];

/** Entries a part of the queue's storage holds. */
const PART = 512;

interface Storage extends CompactPart {
  /** Entries written. */
  n: number;
}

const storage = (): Storage => ({ slots: new Array<unknown>(PART * STRIDE).fill(null), times: new Float64Array(PART), n: 0 });

/**
 * Compact entries waiting for their hand-over, in storage kept from one hand-over to the next.
 * Why not an array pushed to: on the machine of figure 11, memory the session's thread had not
 * touched yet cost it more than the rest of the export (a growing array of 30 values a call, and
 * each entry's time boxed as a number on the heap, were 9 µs of a 170 µs echo in a CPU profile, and
 * as much again in garbage collection). Here the slots only hold small integers, booleans, null
 * and strings the record already holds; times go to a Float64Array; storage comes in parts of
 * PART entries, added as needed (never copied to grow) and reused after each hand-over.
 */
export class CompactQueue {
  private full: Storage[] = [];
  private free: Storage[] = [];
  private cur: Storage = storage();
  /** Entries queued. */
  count = 0;

  /**
   * Queues `entry` if a span can depend on it. `parents` holds the parent span id (or undefined)
   * of each traceparent the engine made, taken out when its request is seen.
   */
  push(engine: number, entry: Entry, parents: Map<string, string | undefined>, scope?: SpanIds): void {
    if (entry.kind === "lifecycle") {
      if (entry.event === "spawned") this.slot(engine, SPAWNED, entry.t);
      else if (entry.event === "connecting") {
        const at = this.slot(engine, CONNECTING, entry.t); // first: it may start a new part
        this.cur.slots[at + METHOD] = entry.target ?? null;
      } else if (entry.event === "disconnected" || entry.event === "exited") this.slot(engine, ENDED, entry.t);
      return;
    }
    if (entry.kind !== "message" || entry.undelivered) return;
    const m = entry.message;
    if (!isObject(m)) return;
    const id = m.id === undefined ? null : m.id;
    const isRequest = typeof m.method === "string";
    if (!isRequest && id === null) return;
    const at = this.slot(engine, isRequest ? REQUEST : RESPONSE, entry.t);
    const s = this.cur.slots;
    s[at + DIR] = entry.dir === "client->server" ? 1 : 0;
    s[at + ID] = id;
    s[at + HTTP] = entry.http ? (entry.http.sessionId ?? "") : null;
    if (isRequest) {
      const params = isObject(m.params) ? m.params : undefined;
      const meta = params && isObject(params._meta) ? params._meta : undefined;
      // What the server sends with no trace context of its own (its notifications, sampling, roots)
      // joins the run it came in: the scope's traceparent stands for the one it did not carry.
      const tp =
        typeof meta?.traceparent === "string"
          ? meta.traceparent
          : entry.dir === "server->client" && scope
            ? formatTraceparent(scope)
            : null;
      s[at + METHOD] = m.method;
      s[at + NAME] = typeof params?.name === "string" ? params.name : null;
      s[at + URI] = typeof params?.uri === "string" ? params.uri : null;
      s[at + TRACEPARENT] = tp;
      // hook.ts remembers only the requests made inside a run, a test or a joined trace: with none
      // (the library's plain calls) the empty map is not asked, which would hash the traceparent.
      if (tp !== null && parents.size !== 0 && parents.has(tp)) {
        s[at + PARENT] = parents.get(tp) ?? null;
        parents.delete(tp);
      }
      return;
    }
    const result = isObject(m.result) ? m.result : undefined;
    const error = isObject(m.error) ? m.error : undefined;
    s[at + VERSION] = typeof result?.protocolVersion === "string" ? result.protocolVersion : null;
    if (error) {
      s[at + ERROR_CODE] = typeof error.code === "number" ? error.code : "?";
      s[at + ERROR_MESSAGE] = typeof error.message === "string" ? error.message : null;
    }
    s[at + IS_ERROR] = result?.isError === true;
  }

  /** Everything queued, copied out; the storage is cleared (kept, not freed) for the next entries. */
  take(): CompactBatch {
    const batch: CompactBatch = [];
    for (const part of [...this.full, this.cur]) {
      if (part.n === 0) continue;
      const n = part.n * STRIDE;
      batch.push({ slots: part.slots.slice(0, n), times: part.times.slice(0, part.n) });
      // Cleared so that no string is kept past its hand-over, and every slot not written reads null.
      part.slots.fill(null, 0, n);
      part.n = 0;
    }
    this.free.push(...this.full);
    this.full = [];
    this.count = 0;
    return batch;
  }

  /** A new entry's first slot in `this.cur` (its other slots are null). */
  private slot(engine: number, code: number, t: number): number {
    if (this.cur.n === PART) {
      this.full.push(this.cur);
      this.cur = this.free.pop() ?? storage();
    }
    const part = this.cur;
    const at = part.n * STRIDE;
    part.slots[at + ENGINE] = engine;
    part.slots[at + CODE] = code;
    part.times[part.n++] = t;
    this.count++;
    return at;
  }
}

/** Entries in `batch`. */
export const entriesIn = (batch: CompactBatch): number => batch.reduce((n, part) => n + part.times.length, 0);

/** What one compact entry says. */
export interface Unpacked {
  engine: number;
  /** The entry, with only what SpanBuilder reads; undefined for a session's end. */
  entry?: Entry;
  /** The parent span of a request whose traceparent the engine made. */
  parent?: string;
}

/** Entry `i` of `part`, rebuilt for SpanBuilder.add (the same spans as from the real entry). */
export function entryOf(part: CompactPart, i: number): Unpacked {
  // Objects written out whole, no spreads: this runs once per entry in a process that exports
  // once, mostly before the JIT has compiled it, where each spread was a runtime call (figure 11).
  const s = part.slots;
  const at = i * STRIDE;
  const engine = s[at + ENGINE] as number;
  const code = s[at + CODE];
  const t = part.times[i]!;
  if (code === ENDED) return { engine };
  if (code === SPAWNED) return { engine, entry: { seq: 0, t, kind: "lifecycle", event: "spawned", text: "" } };
  if (code === CONNECTING) {
    const entry: Entry = { seq: 0, t, kind: "lifecycle", event: "connecting", text: "" };
    if (s[at + METHOD] !== null) entry.target = s[at + METHOD] as string;
    return { engine, entry };
  }
  const message: Record<string, unknown> = { jsonrpc: "2.0" };
  if (s[at + ID] !== null) message.id = s[at + ID];
  let parent: string | undefined;
  if (code === REQUEST) {
    message.method = s[at + METHOD];
    const params: Record<string, unknown> = {};
    if (s[at + NAME] !== null) params.name = s[at + NAME];
    if (s[at + URI] !== null) params.uri = s[at + URI];
    if (s[at + TRACEPARENT] !== null) params._meta = { traceparent: s[at + TRACEPARENT] };
    message.params = params;
    parent = (s[at + PARENT] as string | null) ?? undefined;
  } else {
    const result: Record<string, unknown> = {};
    if (s[at + VERSION] !== null) result.protocolVersion = s[at + VERSION];
    if (s[at + IS_ERROR] === true) result.isError = true;
    if (s[at + ERROR_CODE] !== null)
      message.error = { code: s[at + ERROR_CODE] === "?" ? undefined : s[at + ERROR_CODE], message: s[at + ERROR_MESSAGE] ?? undefined };
    else message.result = result;
  }
  const http = s[at + HTTP];
  const entry: MessageEntry = {
    seq: 0,
    t,
    kind: "message",
    dir: s[at + DIR] === 1 ? "client->server" : "server->client",
    message,
    size: 0,
  };
  if (http !== null) entry.http = http ? { method: "POST", status: 200, sessionId: http as string } : { method: "POST", status: 200 };
  return { engine, entry, parent };
}

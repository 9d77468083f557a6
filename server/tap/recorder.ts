import { LineSplitter } from "../engine/line-splitter";
import { StderrWrites } from "../engine/stderr-writes";
import { Pairing } from "../record/pairing";
import type { RecordStore } from "../record/store";
import { Linter } from "../../lib/lint";
import type { Finding } from "../../lib/lint/finding";
import type { Direction, HttpFacts, NewEntry } from "../../lib/record/format";
import type { JsonRpcId } from "../../lib/protocol/jsonrpc";
import { asRecord, isObject } from "../../lib/json/shape";

/** The three byte streams a tap sees: the host's stdin, the server's stdout, the server's stderr. */
export type TapStream = "host" | "server" | "stderr";

export interface TapRecorderOptions {
  /** Bytes waiting to be recorded past which new chunks are dropped (and counted) instead of queued. */
  maxQueuedBytes?: number;
  /** Requests kept open per direction for pairing (a peer that never answers cannot grow it). */
  maxOpen?: number;
}

const DIR: Record<"host" | "server", Direction> = { host: "client->server", server: "server->client" };
/**
 * One turn of recording work at most this long: a chunk that arrives meanwhile waits at most this
 * for the loop (I/O is polled between turns).
 */
const SLICE_MS = 0.5;
/**
 * Recording waits until forwarding has been quiet this long: a burst (a flood, a host's calls in a
 * row) is forwarded at the pipe's speed and recorded after it. Measured in bench figure 16 (two
 * shared cores): working between the chunks of a flood cost the host 20× its throughput, and
 * working in the pauses a loaded machine makes in a host's calls (a process waiting for a core:
 * 2 ms, 20 ms) cost each call 1.3–3× the proxy's CPU: each message costs 5–15 µs to record
 * (parse, pairing, lint, the store), several times what forwarding it costs. A host that pauses (a
 * person, a model) is recorded in its pauses, a tenth of a second after.
 */
const QUIET_MS = 100;
/**
 * …and once the oldest chunk waiting is this old, a shorter pause will do (BEHIND_QUIET_MS): a
 * steady stream with gaps between its frames (progress, logs) is then recorded in the gaps, about
 * two seconds late, so the page keeps moving. A stream that leaves no such gap (a flood, a host's
 * calls back to back) is recorded when it pauses, or dropped (and said) past the queue's bound:
 * a tenth of the time taken from it regardless cost figure 16's calls 40–70% more CPU on a loaded
 * machine (the proxy's own CPU is a few percent of a core: a tenth of the wall time is more).
 */
const BEHIND_MS = 2000;
const BEHIND_QUIET_MS = 10;

/**
 * The tap's recording side: the chunks forwarding has already passed on are queued here and
 * turned into record entries later (lines split, JSON parsed, requests paired, each entry linted).
 * Nothing here is on the forwarding path: when the queue is over its bound (the loop is busy, the
 * record slow), chunks are dropped and the record says how many, and where the stream resumes.
 */
export class TapRecorder {
  /** Waiting chunks from `head` on (an index, not shift(): a long queue would be copied at each take). */
  private head = 0;
  /** Each with when it came (`at`, performance.now()): its entry's time and its pairing latency are the wire's, not the recording's. */
  private queue: Array<
    | { stream: TapStream; chunk: Buffer; at: number; gen: number }
    | { stream: "host" | "server"; frame: string; http: HttpFacts; at: number; gen: number }
    | { stream: "host" | "server"; droppedLines: number; at: number; gen: number }
  > = [];
  private queued = 0;
  private scheduled = false;
  /** When forwarding last handed a chunk over (monotonic ms). */
  private lastIo = 0;
  /** The arrival time of the chunk being recorded now: what its entries and their pairing are stamped with. */
  private at?: number;
  /** The server process (its generation) the host's chunk being recorded now went to. */
  private gen = 0;
  private readonly dropped = { chunks: 0, bytes: 0, streams: new Set<TapStream>() };
  private readonly maxQueuedBytes: number;
  private readonly pairing: Pairing<Direction>;
  private readonly linter = new Linter({});
  private readonly splitters: Record<"host" | "server", LineSplitter>;
  private readonly stderr: StderrWrites;
  /** Host requests not yet answered (id -> method, the generation of the server it went to), for the errors a restart sends. */
  private readonly inFlight = new Map<JsonRpcId, { method: string; gen: number }>();
  /** How many host requests are open (bounded by maxOpen). */
  get openRequests(): number {
    return this.inFlight.size;
  }
  /** Requests to servers before this generation are answered by a restart already: one parsed later goes to `stale`. */
  private answeredBefore = 0;
  private stale?: (id: JsonRpcId, method: string) => void;
  private readonly maxOpen: number;
  readonly findings: Finding[] = [];
  /** The host's initialize request as it sent it (the raw line), its params and the server generation it went to, once seen. */
  hostInitialize?: { raw: string; id: JsonRpcId; params: Record<string, unknown>; gen: number };
  /** The host's notifications/initialized line. */
  hostInitialized?: string;
  /** The server's initialize result (capabilities, serverInfo), once seen. */
  serverInitialize?: Record<string, unknown>;
  /**
   * Where each host and server chunk goes raw as it is forwarded, before the other side has it
   * (the session's journal, so a tap killed before it records still leaves every frame the other
   * side got), and how many whole lines of each
   * stream are recorded so far (the journal's frames past those are the ones not yet recorded).
   */
  raw?: (stream: "host" | "server", chunk: Buffer) => void;
  readonly linesRecorded = { host: 0, server: 0 };
  /** Ids a restart sent itself: their answers are the tap's, not recorded as the host's. */
  private readonly own = new Set<JsonRpcId>();

  constructor(
    private readonly record: RecordStore,
    opts: TapRecorderOptions = {},
  ) {
    this.maxQueuedBytes = opts.maxQueuedBytes ?? 64 * 1024 * 1024;
    this.maxOpen = opts.maxOpen ?? 10_000;
    this.pairing = new Pairing({ maxOpen: this.maxOpen, now: () => this.at ?? performance.now() });
    const splitter = (stream: "host" | "server") =>
      new LineSplitter({
        line: (text, bytes, valid) => this.line(stream, text, bytes, valid),
        overlong: (bytes, head) =>
          void this.add({ kind: "stdout-noise", text: head + "…", reason: `line of ${bytes} bytes exceeds the line limit`, size: bytes }),
      });
    this.splitters = { host: splitter("host"), server: splitter("server") };
    this.stderr = new StderrWrites((text) => void this.add({ kind: "stderr", text }));
  }

  /**
   * A chunk forwarding has passed on: queued for the record, or dropped (counted) when the queue is
   * full. `gen`: the server process (its restart generation) a host chunk went to, or is held for;
   * `at`: when forwarding passed it on (the tap's start hands over what it forwarded before this loaded).
   */
  chunk(stream: TapStream, chunk: Buffer, gen = 0, at = performance.now()): void {
    if (stream !== "stderr") this.raw?.(stream, chunk);
    if (this.queued + chunk.length > this.maxQueuedBytes) {
      this.dropped.chunks++;
      this.dropped.bytes += chunk.length;
      this.dropped.streams.add(stream);
      // Its lines are the dropped entry's, in their place in the stream: the journal's raw frames
      // past linesRecorded stay the ones not recorded yet.
      if (this.raw && stream !== "stderr") this.queue.push({ stream, droppedLines: newlines(chunk), at, gen });
      return;
    }
    this.queue.push({ stream, chunk, at, gen });
    this.queued += chunk.length;
    this.lastIo = at;
    if (!this.scheduled) this.later(QUIET_MS);
  }

  private later(ms: number): void {
    this.scheduled = true;
    if (ms <= 0) setImmediate(this.work);
    else setTimeout(this.work, ms);
  }

  /** One whole message of an HTTP exchange (a POST body, a JSON answer, an SSE event's data), queued as chunks are. */
  frame(stream: "host" | "server", text: string, http: HttpFacts): void {
    const bytes = Buffer.byteLength(text);
    if (this.queued + bytes > this.maxQueuedBytes) {
      this.dropped.chunks++;
      this.dropped.bytes += bytes;
      this.dropped.streams.add(stream);
      return;
    }
    const at = performance.now();
    this.queue.push({ stream, frame: text, http, at, gen: 0 });
    this.queued += bytes;
    this.lastIo = at;
    if (!this.scheduled) this.later(QUIET_MS);
  }

  /** What an HTTP exchange carried that is no message (a status, a priming event), as the record's http entry. */
  http(http: HttpFacts, text: string, reason: string): void {
    this.flush();
    this.add({ kind: "http", http, text, reason, size: Buffer.byteLength(text) });
  }

  /**
   * Something the tap did or saw (spawned, exited, restarted), in its own words; `at` when it
   * happened before the recorder loaded (the tap's start), else now.
   */
  lifecycle(event: "spawned" | "exited" | "connected" | "disconnected" | "note", text: string, at?: number): void {
    this.flush();
    this.at = at;
    try {
      this.add({ kind: "lifecycle", event, text });
    } finally {
      this.at = undefined;
    }
  }

  /** A request the tap sends itself (a restart's lists): its answer is kept out of the host's pairing. */
  ownRequest(id: JsonRpcId): void {
    this.own.add(id);
  }

  /**
   * A restart's answer to what the old servers will never answer: the host's requests sent to a
   * server before generation `gen` and still open are taken out and returned (the caller answers
   * each with the restart error, once); one of theirs recorded later (the end of a line the host
   * was writing when the restart began) is handed to `late`. Requests held for the new server stay.
   */
  unansweredBefore(gen: number, late: (id: JsonRpcId, method: string) => void): Array<[JsonRpcId, string]> {
    this.flush();
    this.answeredBefore = gen;
    this.stale = late;
    const out: Array<[JsonRpcId, string]> = [];
    for (const [id, r] of this.inFlight) if (r.gen < gen) out.push([id, r.method]);
    for (const [id] of out) this.inFlight.delete(id);
    return out;
  }

  /**
   * A restart that could not complete: the host's requests held for the server of generation `gen`
   * (never sent to it) are taken out and returned, for the caller to answer each with the failure.
   */
  openRequestsOf(gen: number): Array<[JsonRpcId, string]> {
    this.flush();
    const out: Array<[JsonRpcId, string]> = [];
    for (const [id, r] of this.inFlight) if (r.gen === gen) out.push([id, r.method]);
    for (const [id] of out) this.inFlight.delete(id);
    return out;
  }

  /** Record everything queued now (before a restart reads what is in flight, before a save). */
  flush(): void {
    while (this.waiting) this.take();
    this.noteDropped();
  }

  /** The streams ended: the last partial lines are recorded. */
  end(): void {
    this.flush();
    this.splitters.host.end();
    this.splitters.server.end();
    this.stderr.end();
  }

  /**
   * A turn of recording: a slice when forwarding has been quiet for QUIET_MS, or BEHIND_QUIET_MS
   * when the oldest chunk waiting is BEHIND_MS old, then the next turn at once (I/O polled
   * between); otherwise wait for the quiet.
   */
  private readonly work = (): void => {
    this.scheduled = false;
    if (!this.waiting) return;
    const now = performance.now();
    const quiet = now - this.lastIo;
    const wait = now - this.queue[this.head].at >= BEHIND_MS ? BEHIND_QUIET_MS : QUIET_MS;
    if (quiet < wait) return this.later(wait - quiet);
    const until = now + SLICE_MS;
    do this.take();
    while (this.waiting && performance.now() < until);
    this.noteDropped();
    if (this.waiting) this.later(0);
  };

  private get waiting(): number {
    return this.queue.length - this.head;
  }

  private take(): void {
    const item = this.queue[this.head++];
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head >= 4096 && this.head * 2 >= this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    this.at = item.at;
    this.gen = item.gen;
    try {
      if ("droppedLines" in item) this.linesRecorded[item.stream] += item.droppedLines;
      else if ("frame" in item) {
        this.queued -= Buffer.byteLength(item.frame);
        this.line(item.stream, item.frame, Buffer.byteLength(item.frame), true, item.http);
      } else {
        const { stream, chunk } = item;
        this.queued -= chunk.length;
        if (stream === "stderr") this.stderr.push(chunk);
        else {
          this.splitters[stream].push(chunk);
          if (this.raw) this.linesRecorded[stream] += newlines(chunk);
        }
      }
    } finally {
      this.at = undefined;
    }
  }

  /** What was dropped since the last note, said once the queue has room again; the line splitters start afresh. */
  private noteDropped(): void {
    if (this.dropped.chunks === 0) return;
    const { chunks, bytes, streams } = this.dropped;
    this.add({
      kind: "dropped",
      count: chunks,
      bytes,
      text: `the tap's recording fell behind forwarding: ${chunks} chunks (${bytes} bytes) of ${[...streams].join(", ")} were forwarded but not recorded; the frames around the gap may be recorded in part`,
    });
    this.dropped.chunks = 0;
    this.dropped.bytes = 0;
    this.dropped.streams.clear();
  }

  private line(stream: "host" | "server", text: string, bytes: number, validUtf8: boolean, http?: HttpFacts): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      const who = stream === "host" ? "the host sent" : "the server wrote";
      this.add({ kind: "stdout-noise", text, reason: `${who} a line that is not JSON${validUtf8 ? "" : " (invalid UTF-8)"}`, size: bytes });
      return;
    }
    const dir = DIR[stream];
    const m = asRecord(message);
    const id = m.id as JsonRpcId | undefined;
    const isRequest = typeof m.method === "string" && id !== undefined && id !== null;
    const isResponse = m.method === undefined && id !== undefined && ("result" in m || "error" in m);
    if (isResponse && id !== null && stream === "server" && this.own.delete(id)) return;
    // What the entry says beyond the message: the bytes when they differ from its JSON, bad UTF-8,
    // the HTTP exchange, and the request a response answers (set in this order: one object, no spreads).
    const draft = { kind: "message", dir, message, size: bytes } as Extract<NewEntry, { kind: "message" }>;
    if (JSON.stringify(message) !== text) draft.raw = text;
    if (!validUtf8) draft.invalidUtf8 = true;
    if (http) draft.http = http;
    if (isResponse && id !== null) {
      const requestDir: Direction = stream === "server" ? "client->server" : "server->client";
      const paired = this.pairing.answered(requestDir, id);
      if (paired) draft.pair = paired.pair;
      if (stream === "server") {
        this.inFlight.delete(id);
        if (paired?.pair.method === "initialize" && isObject(m.result)) this.serverInitialize = m.result;
      }
    }
    if (stream === "host" && m.method === "initialize" && isRequest)
      this.hostInitialize = { raw: text, id: id!, params: asRecord(m.params), gen: this.gen };
    if (stream === "host" && m.method === "notifications/initialized") this.hostInitialized = text;
    // A cancelled request gets no answer (the spec says the server need not send one).
    if (stream === "host" && m.method === "notifications/cancelled") this.inFlight.delete(asRecord(m.params).requestId as JsonRpcId);
    const entry = this.add(draft);
    if (isRequest) {
      this.pairing.opened(dir, id!, entry.seq, m.method as string);
      if (stream === "host" && this.gen < this.answeredBefore) this.stale?.(id!, m.method as string);
      else if (stream === "host") {
        if (this.inFlight.size >= this.maxOpen) this.inFlight.delete(this.inFlight.keys().next().value!);
        this.inFlight.set(id!, { method: m.method as string, gen: this.gen });
      }
    }
  }

  private add(draft: NewEntry) {
    const entry = this.record.append(draft, this.at);
    for (const f of this.linter.push(entry)) this.findings.push(f);
    return entry;
  }
}

/** How many lines a chunk ends. */
function newlines(chunk: Buffer): number {
  let n = 0;
  for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, nl + 1)) n++;
  return n;
}

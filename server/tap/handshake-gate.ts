import type { JsonRpcId } from "../../lib/protocol/jsonrpc";
import { asRecord } from "../../lib/json/shape";

/**
 * How long a restarted server gets to answer the host's initialize (and each of the tap's lists),
 * unless `tap --restart-timeout MS` says otherwise: a Python or JVM server under load takes seconds.
 */
export const ANSWER_MS = 10_000;
/** The tap's own request ids: a string namespace no host uses for its numbers. */
export const OWN_PREFIX = "mcp-inspector-harness-tap:";
/** A line held this long while looking for a late answer is the host's: passed on as it comes. */
const MAX_LATE_LINE = 1024 * 1024;
/** What a restarted server may write for the host before it is ready, held back at most. */
const MAX_HELD = 64 * 1024 * 1024;

export interface GateResult {
  answered: boolean;
  /** The new process's initialize result, kept here (the host had its answer from the first one). */
  result?: Record<string, unknown>;
  notes: string[];
}

/**
 * A restarted server's stdout, held back from the host while the tap speaks to it: the answer to
 * the host's replayed initialize and to the tap's own requests stay here; every other line waits,
 * byte for byte, and goes to the host (in order) when the gate is released.
 */
export class HandshakeGate {
  open = false;
  private buffered: Buffer[] = [];
  /** The line being read, in pieces (never joined and rescanned per chunk: a long line cost O(n²), red-team 7). */
  private partial: Buffer[] = [];
  private partialBytes = 0;
  private heldBytes = 0;
  /** Past `maxHeld`, the server's output goes to the host at once (the rest of an overlong line too). */
  private overflowed = false;
  private passingLine = false;
  private readonly waiting = new Map<JsonRpcId, (m: Record<string, unknown>) => void>();
  /**
   * The ids the tap sent and stopped waiting for (its lists, and the host's initialize it re-sent):
   * their answers may still come, for as long as this server lives, and are never the host's
   * (issue 90 item 2: a late initialize answer reached a host that had its own long before).
   */
  private readonly abandoned = new Set<JsonRpcId>();
  private next = 1;
  /** Where the tap's own requests are written (the new process's stdin). */
  writer?: (line: string) => void;
  /** The re-sent initialize was answered after the tap gave up on it (the answer stays here). */
  onLateInitialize?: () => void;

  constructor(
    private readonly initId: JsonRpcId | undefined,
    /** Bytes held back at most (a server that floods before it is ready must not grow the tap's memory). */
    private readonly maxHeld = MAX_HELD,
    /** How long each answer is waited for (the handshake's, each list's). */
    private readonly answerMs = ANSWER_MS,
  ) {}

  /**
   * A chunk of the new process's stdout while the gate is closed: what is ours is taken, the rest
   * kept. Returns what goes to the host now: nothing, unless the server wrote more than the bound.
   */
  push(chunk: Buffer): Buffer {
    const out: Buffer[] = [];
    this.split(
      chunk,
      this.maxHeld,
      (line) => this.take(line) || this.hold(Buffer.from(line), out),
      // A line this long is no answer the tap waits for: it is the host's, passed on as it comes.
      (bytes) => this.hold(Buffer.from(bytes), out),
    );
    return Buffer.concat(out);
  }

  /**
   * `chunk` cut at its newlines, the line held from before joined once at its end: each whole line
   * to `line`; a line longer than `max` goes to `through` as it comes (a long line rescanned at each
   * chunk cost O(n²), red-team 7).
   */
  private split(chunk: Buffer, max: number, line: (l: Buffer) => void, through: (b: Buffer) => void): void {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl + 1);
      start = nl + 1;
      if (this.passingLine) {
        this.passingLine = false;
        through(piece);
        continue;
      }
      const whole = this.partial.length ? Buffer.concat([...this.partial, piece]) : piece;
      this.partial = [];
      this.partialBytes = 0;
      line(whole);
    }
    const rest = chunk.subarray(start);
    if (rest.length === 0) return;
    if (this.passingLine) return through(rest);
    this.partial.push(Buffer.from(rest));
    this.partialBytes += rest.length;
    if (this.partialBytes <= max) return;
    const held = Buffer.concat(this.partial);
    this.partial = [];
    this.partialBytes = 0;
    this.passingLine = true;
    through(held);
  }

  /** Bytes for the host: held, in order, until the bound; then everything held and all after it goes now. */
  private hold(b: Buffer, out: Buffer[]): void {
    if (this.overflowed) return void out.push(b);
    this.buffered.push(b);
    this.heldBytes += b.length;
    if (this.heldBytes + this.partialBytes <= this.maxHeld) return;
    this.overflowed = true;
    out.push(...this.buffered);
    this.buffered = [];
    this.heldBytes = 0;
  }

  /** The answer to the host's initialize, replayed; resolves unanswered after `answerMs`. */
  handshake(): Promise<GateResult> {
    if (this.initId === undefined) return Promise.resolve({ answered: false, notes: ["the host sent no initialize to replay"] });
    return this.wait(this.initId).then((m) =>
      m === undefined
        ? { answered: false, notes: [`the new server did not answer initialize within ${this.answerMs} ms`] }
        : "result" in m
          ? { answered: true, result: asRecord(m.result), notes: this.overflowNotes() }
          : { answered: false, notes: [`the new server answered initialize with an error: ${JSON.stringify(m.error)}`] },
    );
  }

  /** A request of the tap's own to the new process (its id in the tap's namespace); its answer, or undefined after `answerMs`. */
  request(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown> | undefined> {
    const id = `${OWN_PREFIX}${this.next++}`;
    const answer = this.wait(id);
    this.writer?.(JSON.stringify({ jsonrpc: "2.0", id, method, params }) + "\n");
    return answer;
  }

  /** Open the gate: what was held back, in order, to be forwarded now. */
  release(): Buffer[] {
    this.open = true;
    const out = [...this.buffered, ...this.partial];
    this.buffered = [];
    this.partial = [];
    this.partialBytes = 0;
    this.heldBytes = 0;
    return out;
  }

  /**
   * After the release, while an answer to a request the tap gave up on may still come (red-team 7:
   * it reached the host, an answer to an id the host never sent; issue 90 item 2: the re-sent
   * initialize's): true, and the server's output goes through `pass`. Otherwise the forwarding
   * path is the plain one.
   */
  get filtering(): boolean {
    return this.abandoned.size > 0 || this.partial.length > 0 || this.passingLine;
  }

  /**
   * A chunk after the release while `filtering`: every whole line goes to the host at once, byte
   * for byte, but a late answer to the tap's own id; a line's unfinished end waits for its newline
   * (the host cannot read half a line anyway), up to MAX_LATE_LINE.
   */
  pass(chunk: Buffer): Buffer {
    if (this.abandoned.size === 0) {
      // Nothing late is awaited any more: what was held goes first, then everything as it comes.
      const out = Buffer.concat([...this.partial, chunk]);
      this.partial = [];
      this.partialBytes = 0;
      this.passingLine = false;
      return out;
    }
    const out: Buffer[] = [];
    this.split(
      chunk,
      MAX_LATE_LINE,
      (line) => (this.mayBeLate(line) && this.takeLate(line)) || out.push(line),
      (bytes) => out.push(bytes),
    );
    return Buffer.concat(out);
  }

  /** Worth parsing: a line that may answer an abandoned id (the tap's own namespace, or the re-sent initialize's id). */
  private mayBeLate(line: Buffer): boolean {
    if (line.includes(OWN_PREFIX)) return true;
    return this.initId !== undefined && this.abandoned.has(this.initId) && (line.includes('"result"') || line.includes('"error"'));
  }

  /** A late answer to one of the tap's abandoned ids: dropped (true). */
  private takeLate(line: Buffer): boolean {
    let m: Record<string, unknown>;
    try {
      m = asRecord(JSON.parse(line.toString("utf8")));
    } catch {
      return false;
    }
    return this.dropAbandoned(m);
  }

  /** `m` answers an id the tap gave up on: it is the tap's, kept from the host (true). */
  private dropAbandoned(m: Record<string, unknown>): boolean {
    if (m.method !== undefined || !("result" in m || "error" in m) || !this.abandoned.has(m.id as JsonRpcId)) return false;
    this.abandoned.delete(m.id as JsonRpcId);
    if (m.id === this.initId) this.onLateInitialize?.();
    return true;
  }

  private overflowNotes(): string[] {
    return this.overflowed
      ? [`the new server wrote more than ${this.maxHeld} bytes before it was ready: passed on to the host at once`]
      : [];
  }

  private wait(id: JsonRpcId): Promise<Record<string, unknown> | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        // The host's initialize too: the host had its answer (or gets the restart's error), never this one.
        this.abandoned.add(id);
        resolve(undefined);
      }, this.answerMs);
      this.waiting.set(id, (m) => {
        clearTimeout(timer);
        resolve(m);
      });
    });
  }

  /** A line that answers something waiting here is taken (true); anything else is the host's. */
  private take(line: Buffer): boolean {
    let m: Record<string, unknown>;
    try {
      m = asRecord(JSON.parse(line.toString("utf8")));
    } catch {
      return false;
    }
    if (m.method !== undefined || !("result" in m || "error" in m)) return false;
    const waiter = this.waiting.get(m.id as JsonRpcId);
    // A list given up on, answered while the next one runs, is the tap's too.
    if (!waiter) return this.dropAbandoned(m);
    this.waiting.delete(m.id as JsonRpcId);
    waiter(m);
    return true;
  }
}

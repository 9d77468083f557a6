import type { JsonRpcId } from "../../lib/protocol/jsonrpc";
import { asRecord } from "../../lib/json/shape";

/** How long a restarted server gets to answer the host's initialize (and each of the tap's lists). */
const ANSWER_MS = 10_000;
/** The tap's own request ids: a string namespace no host uses for its numbers. */
const OWN_PREFIX = "mcp-inspector-harness-tap:";

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
  private partial = Buffer.alloc(0);
  private readonly waiting = new Map<JsonRpcId, (m: Record<string, unknown>) => void>();
  private next = 1;
  /** Where the tap's own requests are written (the new process's stdin). */
  writer?: (line: string) => void;

  constructor(private readonly initId: JsonRpcId | undefined) {}

  /** A chunk of the new process's stdout while the gate is closed: what is ours is taken, the rest kept. Returns nothing to forward now. */
  push(chunk: Buffer): Buffer {
    let data = this.partial.length ? Buffer.concat([this.partial, chunk]) : chunk;
    let nl: number;
    while ((nl = data.indexOf(10)) !== -1) {
      const line = data.subarray(0, nl + 1);
      data = data.subarray(nl + 1);
      if (!this.take(line)) this.buffered.push(Buffer.from(line));
    }
    this.partial = Buffer.from(data);
    return Buffer.alloc(0);
  }

  /** The answer to the host's initialize, replayed; resolves unanswered after ANSWER_MS. */
  handshake(): Promise<GateResult> {
    if (this.initId === undefined) return Promise.resolve({ answered: false, notes: ["the host sent no initialize to replay"] });
    return this.wait(this.initId).then((m) =>
      m === undefined
        ? { answered: false, notes: [`the new server did not answer initialize within ${ANSWER_MS} ms`] }
        : "result" in m
          ? { answered: true, result: asRecord(m.result), notes: [] }
          : { answered: false, notes: [`the new server answered initialize with an error: ${JSON.stringify(m.error)}`] },
    );
  }

  /** A request of the tap's own to the new process (its id in the tap's namespace); its answer, or undefined after ANSWER_MS. */
  request(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown> | undefined> {
    const id = `${OWN_PREFIX}${this.next++}`;
    const answer = this.wait(id);
    this.writer?.(JSON.stringify({ jsonrpc: "2.0", id, method, params }) + "\n");
    return answer;
  }

  /** Open the gate: what was held back, in order, to be forwarded now. */
  release(): Buffer[] {
    this.open = true;
    const out = this.buffered;
    if (this.partial.length) out.push(this.partial);
    this.buffered = [];
    this.partial = Buffer.alloc(0);
    return out;
  }

  private wait(id: JsonRpcId): Promise<Record<string, unknown> | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve(undefined);
      }, ANSWER_MS);
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
    if (!waiter) return false;
    this.waiting.delete(m.id as JsonRpcId);
    waiter(m);
    return true;
  }
}

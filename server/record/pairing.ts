import { performance } from "node:perf_hooks";
import type { Pair } from "../../lib/record/format";
import type { JsonRpcId } from "../../lib/protocol/jsonrpc";

interface Open {
  seq: number;
  method: string;
  /** When the request was recorded, on the monotonic clock (ms). */
  at: number;
}

export interface PairingOptions {
  /** Open requests kept per direction; past it the oldest is forgotten (a peer that never waits for answers cannot grow this). */
  maxOpen?: number;
  /** The monotonic clock latencies are read on; tests may fake it. */
  now?: () => number;
}

/**
 * The one place a response is paired with its request: by the direction the request went and
 * its JSON-RPC id, as the SDK's Protocol keys its response handlers by id. The owner of the
 * frames (the connection, the load sink, the App recorder) opens each request once it is
 * recorded and stamps the `Pair` on a response's draft before it is recorded, so an entry is
 * complete when it is written and never edited after. Ids are Map keys as they are: 1 and "1"
 * are different requests, as in JSON-RPC. A reused id replaces the older request.
 */
export class Pairing<D extends string> {
  private readonly open = new Map<D, Map<JsonRpcId, Open>>();
  private readonly maxOpen: number;
  private readonly now: () => number;

  constructor(opts: PairingOptions = {}) {
    this.maxOpen = opts.maxOpen ?? Infinity;
    this.now = opts.now ?? (() => performance.now());
  }

  /** A request that went in direction `dir` was recorded as entry `seq`: its answer will find it. */
  opened(dir: D, id: JsonRpcId, seq: number, method: string): void {
    let byId = this.open.get(dir);
    if (!byId) this.open.set(dir, (byId = new Map()));
    else if (byId.size >= this.maxOpen && !byId.has(id)) byId.delete(byId.keys().next().value!);
    byId.set(id, { seq, method, at: this.now() });
  }

  /**
   * A response to a request that went in direction `requestDir`: the request it answers (now
   * closed), or undefined when none with that id is open.
   */
  answered(requestDir: D, id: JsonRpcId): { pair: Pair } | undefined {
    const byId = this.open.get(requestDir);
    const req = byId?.get(id);
    if (!req) return undefined;
    byId!.delete(id);
    const ms = Math.max(0, this.now() - req.at);
    return { pair: { seq: req.seq, method: req.method, latencyMs: Math.round(ms * 1000) / 1000 } };
  }

  /** Requests still waiting for an answer, in every direction. */
  get size(): number {
    let n = 0;
    for (const byId of this.open.values()) n += byId.size;
    return n;
  }
}

import { randomUUID } from "node:crypto";
import type { WebSocket } from "ws";
import type { Engine } from "../engine";
import { RpcError } from "../engine";
import type { RecordStore } from "../record/store";
import { replaySession } from "../replay/replay";
import { WIRE_PROTOCOL_VERSION, parseCommand, type Command, type WireEvent } from "../../lib/wire/protocol";

/** Largest number of entries in one frame; a page catches up on history in chunks of this. */
const ENTRIES_PER_FRAME = 5000;
/** Results bigger than this (bytes on the wire) are not repeated in the command's reply. */
const INLINE_RESULT_BYTES = 1024 * 1024;
/** Stop writing to a socket while this much is still buffered (a slow page): resumes later. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
/**
 * New entries wait this long to be pushed, so a burst goes out as one frame. Far below a
 * display frame (16 ms); a reply never waits: it flushes its peer's entries first.
 */
const FLUSH_DELAY_MS = 4;

interface Peer {
  ws: WebSocket;
  /** Highest seq this peer has been sent; undefined until it says hello. */
  sentSeq?: number;
  inflight: Map<string, AbortController>;
}

/**
 * Connects page sockets to the engine and the record. Each peer reads the record from where
 * it left off, so history and the live stream are the same path and nothing is skipped.
 */
export class Bridge {
  private readonly peers = new Set<Peer>();
  private flushScheduled = false;
  private readonly unsubscribe: Array<() => void>;
  private readonly instanceId = randomUUID();

  constructor(
    private readonly engine: Engine,
    private readonly record: RecordStore,
    private readonly inspectorVersion: string,
  ) {
    this.unsubscribe = [
      record.subscribe(() => this.scheduleFlush()),
      engine.onState((state) => this.broadcast({ type: "state", state })),
    ];
  }

  attach(ws: WebSocket): void {
    const peer: Peer = { ws, inflight: new Map() };
    this.peers.add(peer);
    ws.on("message", (data, isBinary) => {
      if (isBinary) return this.send(peer, { type: "error", message: "binary frames are not accepted; send JSON text" });
      const parsed = parseCommand(data.toString());
      if (!parsed.ok) return this.send(peer, { type: "error", message: parsed.message, id: parsed.id });
      void this.handle(peer, parsed.command);
    });
    ws.on("close", () => {
      this.peers.delete(peer);
      // A page that went away does not cancel what it started: its replies go to the record.
    });
    ws.on("error", () => undefined);
  }

  dispose(): void {
    for (const u of this.unsubscribe) u();
    for (const p of this.peers) p.ws.close(1001, "inspector shutting down");
  }

  private async handle(peer: Peer, cmd: Command): Promise<void> {
    let reply: WireEvent;
    try {
      const result = await this.run(peer, cmd);
      reply = { type: "reply", id: cmd.id, ok: true, result: result ?? null };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      reply = { type: "reply", id: cmd.id, ok: false, error: err instanceof RpcError ? { message, rpc: err.rpc } : { message } };
    }
    // Entries first: the page has the request and response entries a reply's seqs point to.
    // Corked, so the frames leave in one write instead of waking the page (and the loopback
    // stack) once per frame (figure 1 in bench/ measures the round trip). `ws` has no public
    // handle on its socket; without one this is just two writes.
    const socket = (peer.ws as unknown as { _socket?: { cork?(): void; uncork?(): void } })._socket;
    socket?.cork?.();
    this.flushPeer(peer);
    this.send(peer, reply);
    socket?.uncork?.();
  }

  private async run(peer: Peer, cmd: Command): Promise<unknown> {
    switch (cmd.type) {
      case "hello": {
        peer.sentSeq = Math.max(cmd.since, this.record.firstSeq - 1);
        this.send(peer, {
          type: "welcome",
          protocol: WIRE_PROTOCOL_VERSION,
          inspectorVersion: this.inspectorVersion,
          instanceId: this.instanceId,
          state: this.engine.getState(),
          firstSeq: this.record.firstSeq,
          lastSeq: this.record.lastSeq,
        });
        this.scheduleFlush();
        return { firstSeq: this.record.firstSeq, lastSeq: this.record.lastSeq };
      }
      case "connect":
        return this.engine.connect(cmd.spec);
      case "disconnect":
        await this.engine.disconnect();
        return this.engine.getState();
      case "restart":
        return this.engine.restart();
      case "request":
        return this.slim(
          await this.withAbort(peer, cmd.id, (signal) =>
            this.engine.request(cmd.method, cmd.params, { signal, progress: cmd.progress, timeoutMs: cmd.timeoutMs, resetTimeoutOnProgress: cmd.resetTimeoutOnProgress, maxTotalTimeoutMs: cmd.maxTotalTimeoutMs }),
          ),
        );
      case "notify":
        return this.engine.notify(cmd.method, cmd.params);
      case "call-tool":
        return this.slim(
          await this.withAbort(peer, cmd.id, (signal) =>
            this.engine.callTool(cmd.name, cmd.arguments, { signal, meta: cmd.meta, task: cmd.task, timeoutMs: cmd.timeoutMs, resetTimeoutOnProgress: cmd.resetTimeoutOnProgress, maxTotalTimeoutMs: cmd.maxTotalTimeoutMs }),
          ),
        );
      case "cancel": {
        const ctl = this.findInflight(cmd.target);
        if (!ctl) throw new Error(`nothing in flight with id ${cmd.target}`);
        ctl.abort(cmd.reason ?? "cancelled from the inspector");
        return null;
      }
      case "replay":
        return (await replaySession(cmd.session, { target: cmd.target, ignore: cmd.ignore, live: { engine: this.engine, record: this.record } })).report;
      case "set-answers":
        return this.engine.setAnswers(cmd.answers);
      case "answer":
        return this.engine.answer(cmd.pendingId, { result: cmd.result, error: cmd.error });
    }
  }

  /**
   * A big result goes to the page once, in its record entry: the reply then says where it is
   * instead of carrying it again (a 20 MiB result would otherwise cross the socket twice).
   */
  private slim<T extends { result?: unknown; responseSeq?: number }>(outcome: T): T | (Omit<T, "result"> & { resultInRecord: true }) {
    const entry = outcome.responseSeq !== undefined ? this.record.get(outcome.responseSeq) : undefined;
    if (!entry || entry.kind !== "message" || entry.size < INLINE_RESULT_BYTES) return outcome;
    const { result: _sent, ...rest } = outcome;
    return { ...rest, resultInRecord: true };
  }

  private async withAbort<T>(peer: Peer, id: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const ctl = new AbortController();
    peer.inflight.set(id, ctl);
    try {
      return await fn(ctl.signal);
    } finally {
      peer.inflight.delete(id);
    }
  }

  private findInflight(id: string): AbortController | undefined {
    for (const p of this.peers) {
      const c = p.inflight.get(id);
      if (c) return c;
    }
    return undefined;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setTimeout(() => {
      this.flushScheduled = false;
      this.flush();
    }, FLUSH_DELAY_MS);
  }

  private flush(): void {
    let behind = false;
    for (const peer of this.peers) if (!this.flushPeer(peer)) behind = true;
    if (behind) setTimeout(() => this.scheduleFlush(), 20);
  }

  /** Send a peer what it has not seen yet; false when it is too far behind to take more now. */
  private flushPeer(peer: Peer): boolean {
    if (peer.sentSeq === undefined) return true;
    while (peer.sentSeq < this.record.lastSeq) {
      if (peer.ws.bufferedAmount > MAX_BUFFERED_BYTES) return false;
      const entries = this.record.since(peer.sentSeq).slice(0, ENTRIES_PER_FRAME);
      if (entries.length === 0) break;
      peer.sentSeq = entries[entries.length - 1].seq;
      this.send(peer, { type: "entries", entries });
    }
    return true;
  }

  private broadcast(event: WireEvent): void {
    for (const p of this.peers) if (p.sentSeq !== undefined) this.send(p, event);
  }

  private send(peer: Peer, event: WireEvent): void {
    if (peer.ws.readyState !== peer.ws.OPEN) return;
    peer.ws.send(JSON.stringify(event));
  }
}

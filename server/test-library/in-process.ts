import type { TransportFactory } from "../engine";
import { sentCopy } from "../engine/sent-copy";
import type { InProcessServer } from "./types";

type Message = Record<string, unknown>;

/** Already resolved: a then() on it queues one promise job. */
const settled = Promise.resolve();

/** One end of the pair, shaped as the SDK's Transport (v1 and v2 alike), so either SDK's server connects to it. */
class PairEnd {
  onmessage?: (message: Message) => void;
  onclose?: () => void;
  onerror?: (error: Error) => void;
  other?: PairEnd;
  private closed = false;

  constructor(private readonly received?: (message: Message, bytes: number) => void) {}

  async start(): Promise<void> {}

  /**
   * As a copy of what a wire would carry (server/engine/wire-copy.ts), delivered in a microtask: the
   * other side gets its own copy (a server that keeps and mutates a result cannot change the
   * record, nor a test's later change to its arguments the request), and never re-enters the
   * sender's stack. A microtask, not setImmediate: a turn of the event loop per frame was a fifth
   * of an in-process call's CPU (bench figure 9.2), and the SDK's own InMemoryTransport delivers
   * at once. A promise job rather than queueMicrotask(), which wraps each callback in an
   * AsyncResource for async_hooks: the same queue (frames stay in order), without that object.
   */
  async send(message: unknown): Promise<void> {
    if (this.closed) throw new Error("the in-process connection is closed");
    const { value, bytes } = sentCopy(message);
    const other = this.other!;
    void settled.then(() => other.deliver(value as Message, bytes));
  }

  private deliver(message: Message, bytes: number): void {
    if (this.closed) return;
    this.received?.(message, bytes);
    this.onmessage?.(message);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
    await this.other?.close();
  }
}

/**
 * A server object from the MCP SDK, reached through an in-memory pair: no process, no socket.
 * The engine's end records each frame it receives before delivering it, as its stdio and HTTP
 * transports do; the engine records what it sends itself.
 */
export function inProcessTransports(server: InProcessServer): TransportFactory {
  return (_target, hooks) => {
    const client = new PairEnd((message, size) => hooks.record({ kind: "message", dir: "server->client", message, size }));
    const serverSide = new PairEnd();
    client.other = serverSide;
    serverSide.other = client;
    // A server that fails to connect (already connected elsewhere) shows as a closed transport.
    (server as unknown as { connect(t: PairEnd): Promise<void> }).connect(serverSide).catch((e: unknown) => {
      hooks.stderr(`in-process server failed to connect: ${e instanceof Error ? e.message : String(e)}`);
      void client.close();
    });
    return {
      transport: client,
      pid: undefined,
      exitInfo: () => undefined,
      settled: () => Promise.resolve(),
      killNow: () => void client.close(),
    };
  };
}

/** True for an object that looks like an SDK server (it has `connect`), not a target description. */
export function isInProcessServer(x: unknown): x is InProcessServer {
  return typeof x === "object" && x !== null && typeof (x as { connect?: unknown }).connect === "function";
}

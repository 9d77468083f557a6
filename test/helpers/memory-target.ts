import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import type { TransportFactory, TransportHooks } from "../../server/engine";

/**
 * The engine's end of an in-memory pair: it records each received frame before delivering it,
 * as the engine's own stdio and HTTP transports do.
 */
class RecordingEnd {
  onmessage?: (m: JSONRPCMessage) => void;
  onclose?: () => void;
  onerror?: (e: Error) => void;

  constructor(
    private readonly inner: InMemoryTransport,
    hooks: TransportHooks,
  ) {
    inner.onmessage = (m) => {
      hooks.record({ kind: "message", dir: "server->client", message: m, size: Buffer.byteLength(JSON.stringify(m)) });
      this.onmessage?.(m);
    };
    inner.onclose = () => this.onclose?.();
    inner.onerror = (e) => this.onerror?.(e);
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  send(m: JSONRPCMessage): Promise<void> {
    return this.inner.send(m);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/**
 * A transport factory that hands the engine one end of an in-memory pair whose other end is a
 * server the test builds with the SDK: no process, no socket, and no clock but the engine's.
 */
export function memoryTarget(server: () => Pick<McpServer, "connect">): TransportFactory {
  return (_target, hooks) => {
    const [client, serverSide] = InMemoryTransport.createLinkedPair();
    void server().connect(serverSide);
    return {
      transport: new RecordingEnd(client, hooks),
      pid: undefined,
      exitInfo: () => undefined,
      settled: () => Promise.resolve(),
      killNow: () => undefined,
    };
  };
}

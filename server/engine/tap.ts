import type { Transport, TransportSendOptions } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage, MessageExtraInfo } from "@modelcontextprotocol/sdk/types.js";
import { isResponse } from "../../lib/protocol/jsonrpc";

export interface TapHooks {
  /** Called with every frame the client sends, before it goes out. */
  outgoing(message: JSONRPCMessage): void;
  /** Called with every frame received, when the inner transport does not record them itself. */
  incoming?(message: JSONRPCMessage): void;
  /**
   * Gets first look at every delivered incoming frame; returning true keeps it from the SDK
   * client (the engine answers server->client requests itself, through the person driving).
   */
  intercept(message: JSONRPCMessage): boolean;
}

/**
 * Wraps a transport so every frame is seen as it is, before the SDK client touches it.
 * The SDK sets onmessage/onclose/onerror on this wrapper; the wrapper owns the inner's.
 */
export class TappedTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;

  constructor(
    readonly inner: Transport,
    private readonly hooks: TapHooks,
  ) {
    inner.onmessage = (message, extra) => {
      this.hooks.incoming?.(message);
      if (this.hooks.intercept(message)) return;
      // The SDK's Protocol runs a notification's handler a microtask late but settles a response
      // at once, so progress that arrived just before its response (same stdout chunk) would
      // find its handler gone ("unknown token"). A response goes a microtask late too, keeping
      // the wire order.
      if (isResponse(message)) queueMicrotask(() => this.onmessage?.(message, extra));
      else this.onmessage?.(message, extra);
    };
    inner.onclose = () => this.onclose?.();
    inner.onerror = (error) => this.onerror?.(error);
  }

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  setProtocolVersion(version: string): void {
    this.inner.setProtocolVersion?.(version);
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    this.hooks.outgoing(message);
    return this.inner.send(message, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

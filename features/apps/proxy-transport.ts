import type { PostMessageTransport } from "@modelcontextprotocol/ext-apps/app-bridge";
import { isNotification, isRequest, isResponse } from "../../lib/protocol/jsonrpc";
import { isObject } from "../../lib/json/shape";

type Transport = Pick<
  PostMessageTransport,
  "start" | "send" | "close" | "onclose" | "onerror" | "onmessage" | "sessionId" | "setProtocolVersion"
>;

/**
 * JSON-RPC over postMessage with the sandbox proxy, as ext-apps' PostMessageTransport does, but
 * without its `console.debug` of every frame each way: with DevTools or a test driver attached,
 * Chromium serializes every logged object, and an App posting 20,000 messages of 1 KB kept the
 * tab busy 75 s, 66 of them there (issue 38 item 9; 9 s without it). Frames are taken only from
 * the proxy's window and origin, and sent to that origin only (PostMessageTransport sends to "*").
 */
export class ProxyTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: Transport["onmessage"];
  sessionId?: string;
  private readonly listener = (event: MessageEvent) => {
    if (event.source !== this.proxy || event.origin !== this.origin) return;
    const data: unknown = event.data;
    // What is not JSON-RPC 2.0 (the proxy's own reports) is not the bridge's; the tap shows it.
    if (!isObject(data) || data.jsonrpc !== "2.0") return;
    if (isRequest(data) || isNotification(data) || isResponse(data)) this.onmessage?.(data as never);
    else this.onerror?.(new Error(`Invalid JSON-RPC message received from the App: ${JSON.stringify(data).slice(0, 200)}`));
  };

  constructor(
    private readonly proxy: Window,
    private readonly origin: string,
  ) {}

  start(): Promise<void> {
    window.addEventListener("message", this.listener);
    return Promise.resolve();
  }

  send(...[message]: Parameters<Transport["send"]>): Promise<void> {
    this.proxy.postMessage(message, this.origin);
    return Promise.resolve();
  }

  close(): Promise<void> {
    window.removeEventListener("message", this.listener);
    this.onclose?.();
    return Promise.resolve();
  }

  setProtocolVersion?: Transport["setProtocolVersion"];
}

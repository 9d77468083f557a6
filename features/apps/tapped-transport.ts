import type { PostMessageTransport } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { AppDirection } from "../../lib/apps/app-messages";

type Transport = Pick<PostMessageTransport, "start" | "send" | "close" | "onclose" | "onerror" | "onmessage" | "sessionId" | "setProtocolVersion">;

/**
 * A transport that tells `onFrame` about every message, exactly as it goes or comes, before the
 * bridge or the frame touches it (tap, don't reconstruct), then forwards it unchanged.
 */
export class TappedTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: Transport["onmessage"];
  sessionId?: string;

  constructor(
    private readonly inner: PostMessageTransport,
    private readonly onFrame: (dir: AppDirection, message: unknown) => void,
  ) {
    inner.onmessage = (message, extra) => {
      this.onFrame("app->host", message);
      this.onmessage?.(message, extra);
    };
    inner.onerror = (e) => this.onerror?.(e);
    inner.onclose = () => this.onclose?.();
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  send(...args: Parameters<Transport["send"]>): Promise<void> {
    this.onFrame("host->app", args[0]);
    return this.inner.send(...args);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  setProtocolVersion = (version: string) => this.inner.setProtocolVersion?.(version);
}

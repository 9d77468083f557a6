import type { PostMessageTransport } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { AppDirection } from "../../lib/apps/app-messages";
import { CSP_VIOLATION_KEY } from "../../lib/apps/csp";
import { appDroppedOf, appSizeOf, appStoppedOf, type AppStopped } from "../../lib/apps/sandbox-events";

type Transport = Pick<
  PostMessageTransport,
  "start" | "send" | "close" | "onclose" | "onerror" | "onmessage" | "sessionId" | "setProtocolVersion"
>;

/** What the tap reports: each frame both ways, a CSP violation the App's frame posted up, and the proxy's word that it tore the App down. */
export interface TapListener {
  frame(dir: AppDirection, message: unknown): void;
  cspViolation(report: unknown): void;
  /** The proxy tore the App down: its frame loaded a document the host did not give it, or it flooded the host. Told once, after the frame itself. */
  stopped(report: AppStopped): void;
  /** The App document's own measure of its content height (its reporter; also while out of view). Not a protocol frame: not logged. */
  size?(height: number): void;
  /** The proxy's count of the App's messages it did not relay (a flood). */
  dropped?(count: number): void;
}

/**
 * A transport that tells `tap` about every frame exactly as it goes or comes, before the bridge
 * or the frame touches it (tap, don't reconstruct), then forwards it unchanged. Incoming frames
 * are tapped off the window's message event itself, not after the inner transport parsed them:
 * it drops what is not JSON-RPC in silence, and a hostile App's garbage must show too.
 */
export class TappedTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: Transport["onmessage"];
  sessionId?: string;
  private stopped = false;
  private readonly listener = (event: MessageEvent) => {
    if (event.source !== this.source || event.origin !== this.origin) return;
    const data: unknown = event.data;
    const violation = typeof data === "object" && data !== null ? (data as Record<string, unknown>)[CSP_VIOLATION_KEY] : undefined;
    if (violation !== undefined) return this.tap.cspViolation(violation);
    const height = appSizeOf(data);
    if (height !== undefined) return this.tap.size?.(height);
    const dropped = appDroppedOf(data);
    if (dropped !== undefined) return this.tap.dropped?.(dropped);
    this.tap.frame("app->host", data);
    const stopped = appStoppedOf(data);
    if (stopped && !this.stopped) {
      this.stopped = true;
      this.tap.stopped(stopped);
    }
  };

  constructor(
    private readonly inner: Transport,
    /** The sandbox proxy's window and origin: only its frames are the App's. */
    private readonly source: Window,
    private readonly origin: string,
    private readonly tap: TapListener,
  ) {
    inner.onmessage = (message, extra) => this.onmessage?.(message, extra);
    inner.onerror = (e) => this.onerror?.(e);
    inner.onclose = () => this.onclose?.();
  }

  start(): Promise<void> {
    // Before the inner transport's listener, so the tap sees a frame before the bridge does.
    window.addEventListener("message", this.listener);
    return this.inner.start();
  }

  send(...args: Parameters<Transport["send"]>): Promise<void> {
    // Posted first, then told: the post is synchronous, so the tap still sees frames in their order,
    // and the App's document (a 200 KB resource) is not held back by its recording (figure 8: 11 ms).
    const sent = this.inner.send(...args);
    this.tap.frame("host->app", args[0]);
    return sent;
  }

  close(): Promise<void> {
    window.removeEventListener("message", this.listener);
    return this.inner.close();
  }

  setProtocolVersion = (version: string) => this.inner.setProtocolVersion?.(version);
}

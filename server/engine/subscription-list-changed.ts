import type { ListChangedListen } from "../../lib/session/state";
import type { RequestHandle, RequestOptions } from "./requests";
import { LISTEN_TIMING, listChangedFilter } from "./subscription-listen";

export interface ListChangedListenerOptions {
  request(method: string, params: Record<string, unknown>, opts?: RequestOptions): RequestHandle;
  changed(): void;
}

const words = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * In the 2026-07-28 era a server sends list_changed only on a listen stream that asked for it:
 * one stays open for the connection, for the lists whose capability declares `listChanged`, so
 * the lists refresh as in 2025 (the page invalidates them on those notifications). Opened once;
 * if the server ends it, it stays ended until the next connection.
 */
export class ListChangedListener {
  private current?: { id: number; state: ListChangedListen };
  private closed = false;

  constructor(private readonly opts: ListChangedListenerOptions) {}

  state(): ListChangedListen | undefined {
    return this.current?.state;
  }

  open(serverCapabilities: Record<string, unknown> | undefined): void {
    const filter = listChangedFilter(serverCapabilities);
    if (!filter || this.current || this.closed) return;
    // Nothing ends it but the server or the connection's end (the transport closes).
    const h = this.opts.request("subscriptions/listen", { notifications: filter }, LISTEN_TIMING);
    const current = {
      id: h.id,
      state: { notifications: Object.keys(filter), status: "subscribing", requestSeq: h.requestSeq } as ListChangedListen,
    };
    this.current = current;
    const ended = (why: string) => this.set({ status: "failed", error: `the list_changed subscriptions/listen ended: ${why}` });
    h.outcome.then(
      () => ended("the server closed it"),
      (err: unknown) => ended(words(err)),
    );
    this.opts.changed();
  }

  /** An acknowledgment for `id`: true when it was this listen's. */
  acknowledged(id: unknown): boolean {
    if (!this.current || this.current.id !== id) return false;
    if (this.current.state.status === "subscribing") this.set({ status: "active" });
    return true;
  }

  close(): void {
    this.closed = true;
  }

  private set(patch: Partial<ListChangedListen>): void {
    if (this.closed || !this.current) return;
    this.current.state = { ...this.current.state, ...patch };
    this.opts.changed();
  }
}

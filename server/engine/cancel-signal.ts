/**
 * What a request reads of a signal that ends it (server/engine/requests.ts): an AbortSignal fits,
 * and so does a CancelSignal.
 */
export interface RequestSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/**
 * A signal and its abort in one small object, for the page's commands (server/bridge/ws-bridge.ts):
 * each request it sends can be cancelled by id, and almost none is. An AbortController per command,
 * with its EventTarget listener and removal, was about 3% of the backend's CPU per call in bench
 * figure 1 (`node bench/profile.mjs 1`). Listeners run once, in the order added, as an
 * AbortSignal's `once` listeners do.
 */
export class CancelSignal implements RequestSignal {
  aborted = false;
  reason: unknown = undefined;
  private listeners: Array<() => void> | undefined;

  addEventListener(_type: "abort", listener: () => void): void {
    if (this.aborted) return;
    (this.listeners ??= []).push(listener);
  }

  removeEventListener(_type: "abort", listener: () => void): void {
    const i = this.listeners?.indexOf(listener) ?? -1;
    if (i >= 0) this.listeners!.splice(i, 1);
  }

  /** Abort with `reason`: each listener runs once; a second abort does nothing. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const ls = this.listeners ?? [];
    this.listeners = undefined;
    for (const l of ls) l();
  }
}

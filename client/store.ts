/**
 * The base of the page's observable stores (timeline, lint, protocol feed, socket status): a
 * version that changes with every change, read in React with useSyncExternalStore
 * (`useStore` in client/session-context.tsx). A store is made and reset with its Session.
 */
export abstract class Store {
  private readonly listeners = new Set<() => void>();
  private v = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The useSyncExternalStore snapshot: a number that changes whenever the store does. */
  getSnapshot = (): number => this.v;

  get version(): number {
    return this.v;
  }

  /** Forget everything (the backend restarted and its record started over). */
  abstract reset(): void;

  /** Tell subscribers something changed. */
  protected changed(): void {
    this.v++;
    for (const l of this.listeners) l();
  }
}

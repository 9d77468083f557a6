import type { Notification, ResourceSubscription } from "./types";

export interface SubscriptionSource {
  /** The next update; `timeout` Infinity waits until `signal` aborts. */
  next(timeout: number | undefined, signal?: AbortSignal): Promise<Notification>;
  count(): number;
  end(): Promise<void>;
}

/**
 * A resource subscription as a test holds it: its updates one at a time (`nextUpdate`, or
 * `for await`), ended by `unsubscribe()` or `await using`. Iterating ends quietly when the
 * subscription ends; a wait that times out throws.
 */
export function subscriptionOf(uri: string, src: SubscriptionSource): ResourceSubscription {
  const ended = new AbortController();
  let ending: Promise<void> | undefined;
  const unsubscribe = () => {
    ended.abort();
    return (ending ??= src.end());
  };
  return {
    uri,
    get updates() {
      return src.count();
    },
    nextUpdate: (o = {}) => src.next(o.timeout),
    unsubscribe,
    [Symbol.asyncDispose]: unsubscribe,
    async *[Symbol.asyncIterator]() {
      while (!ended.signal.aborted) {
        let update: Notification;
        try {
          update = await src.next(Infinity, ended.signal);
        } catch (e) {
          if (ended.signal.aborted) return;
          throw e;
        }
        yield update;
      }
    },
  };
}

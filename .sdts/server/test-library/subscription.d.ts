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
export declare function subscriptionOf(uri: string, src: SubscriptionSource): ResourceSubscription;

import type { MessageEntry } from "../../lib/record/format";
import type { ProtocolEra, ResourceSubscription, SubscriptionsState } from "../../lib/session/state";
import type { Clock } from "./clock";
import type { RequestHandle, RequestOptions } from "./requests";
export interface SubscriptionsOptions {
    clock: Clock;
    /** Start a request through the connection's one owner (OutgoingRequests.start with its default time limit). */
    request(method: string, params: Record<string, unknown>, opts?: RequestOptions): RequestHandle;
    /** The era the connection speaks (known once the handshake is done). */
    era(): ProtocolEra | undefined;
}
/**
 * A connection's resource subscriptions, in its era: 2025 `resources/subscribe` and
 * `resources/unsubscribe`; 2026-07-28 one `subscriptions/listen` per URI, held open through the
 * request owner and ended by its own cancellation (notifications/cancelled, or closing the
 * request's HTTP stream). Also keeps the connection's list_changed listen (2026-07-28). One per
 * connection: a new connection starts empty, nothing is re-established.
 */
export declare class Subscriptions {
    private readonly opts;
    private readonly subs;
    private readonly listeners;
    private readonly lists;
    private closed;
    constructor(opts: SubscriptionsOptions);
    /** What the connection listens to now. */
    state(): SubscriptionsState;
    /** Called after each change of state(). */
    onChange(listener: () => void): () => void;
    /** 2026-07-28: keep one listen open for the list_changed notifications the server declares. */
    listenForListChanges(serverCapabilities: Record<string, unknown> | undefined): void;
    /** Subscribe to `uri`; resolves once it is active or failed (at once if it already is active). */
    subscribe(uri: string): Promise<ResourceSubscription>;
    /** End the subscription to `uri`; resolves with what remains of it (undefined: gone; `active` with an error: the server refused). */
    unsubscribe(uri: string): Promise<ResourceSubscription | undefined>;
    private leave;
    /** Every received frame, as recorded: acknowledgments and updates. */
    observe(entry: MessageEntry): void;
    /** An acknowledgment: the listen it names is active, or refused when the server left its URI out. */
    private acknowledged;
    /** The connection ended: nothing more is sent or changed, and nothing is re-established. */
    close(): void;
    private legacy;
    private listen;
    /** Change a subscription that is still this connection's (and, when `from` is given, still in that status). */
    private set;
    private drop;
    private changed;
}

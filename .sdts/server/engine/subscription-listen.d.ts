import type { RequestOptions } from "./requests";
/** The `_meta` key a 2026-07-28 server stamps on what it sends on a listen: the listen's request id. */
export declare const SUBSCRIPTION_ID_META_KEY = "io.modelcontextprotocol/subscriptionId";
/**
 * A day: a subscriptions/listen stays open until the engine ends it, so its time limit must not
 * end it first (a listen is answered only when the server closes it).
 */
export declare const LISTEN_TIMEOUT_MS: number;
/** The time limits of a subscriptions/listen: neither idle time nor progress ends it early. */
export declare const LISTEN_TIMING: RequestOptions;
/** The list_changed filter to listen for: only the lists whose capability declares listChanged (undefined: none). */
export declare function listChangedFilter(caps: Record<string, unknown> | undefined): Record<string, true> | undefined;
/** The subscription id a notification on a listen carries (its listen's request id), if any. */
export declare function subscriptionIdOf(params: Record<string, unknown> | undefined): unknown;
/** The resource URIs an acknowledgment says the server honors. */
export declare function honoredUris(params: Record<string, unknown> | undefined): string[];

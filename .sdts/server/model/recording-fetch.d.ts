import type { ModelExchange } from "../../lib/model/events";
import type { KeyStore } from "./keys";
/** The most of a request or response body an exchange keeps (a long conversation's request grows with every turn). */
export declare const EXCHANGE_BODY_MAX: number;
/**
 * A fetch for the provider that records each HTTP exchange with the model (issue 40: "the model's
 * HTTP exchanges are recorded with credentials redacted"). Nothing of the request's headers is
 * kept (they carry the key: Authorization, x-api-key); the URL and both bodies pass through the
 * key store's mask. The response is read through a clone, so the provider streams as before and
 * the exchange is reported when the body has ended.
 */
export declare function recordingFetch(inner: typeof fetch, keys: KeyStore, label: string, onExchange: (e: ModelExchange) => void, now?: () => number): typeof fetch;

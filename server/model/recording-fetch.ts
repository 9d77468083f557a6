import type { ModelExchange } from "../../lib/model/events";
import type { KeyStore } from "./keys";

/** The most of a request or response body an exchange keeps (a long conversation's request grows with every turn). */
export const EXCHANGE_BODY_MAX = 64 * 1024;

/**
 * A fetch for the provider that records each HTTP exchange with the model (issue 40: "the model's
 * HTTP exchanges are recorded with credentials redacted"). Nothing of the request's headers is
 * kept (they carry the key: Authorization, x-api-key); the URL and both bodies pass through the
 * key store's mask. The response is read through a clone, so the provider streams as before and
 * the exchange is reported when the body has ended.
 */
export function recordingFetch(
  inner: typeof fetch,
  keys: KeyStore,
  label: string,
  onExchange: (e: ModelExchange) => void,
  now: () => number = () => performance.now(),
): typeof fetch {
  return async (input, init) => {
    const started = now();
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    const url = keys.mask(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const request = keys.mask(bounded(typeof init?.body === "string" ? init.body : init?.body ? "(a non-text body)" : ""));
    const base = { type: "exchange" as const, label, method, url, request };
    let response: Response;
    try {
      response = await inner(input, init);
    } catch (e) {
      onExchange({ ...base, ms: now() - started, response: "", error: keys.mask(errorText(e)) });
      throw e;
    }
    const copy = response.clone();
    void copy.text().then(
      (text) => onExchange({ ...base, status: response.status, ms: now() - started, response: keys.mask(bounded(text)) }),
      (e: unknown) => onExchange({ ...base, status: response.status, ms: now() - started, response: "", error: keys.mask(errorText(e)) }),
    );
    return response;
  };
}

function bounded(text: string): string {
  if (text.length <= EXCHANGE_BODY_MAX) return text;
  return `${text.slice(0, EXCHANGE_BODY_MAX)}… (${text.length - EXCHANGE_BODY_MAX} more characters not kept)`;
}

function errorText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  return e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message;
}

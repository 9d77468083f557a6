/**
 * Secrets out of what the flow reports: tokens, client secrets, codes and verifiers are shown
 * as their length and last four characters (enough to tell two apart, not to use one).
 */
export declare const MAX_BODY = 4096;
/** "••••1a2b (36 chars)": a secret shown without being usable. */
export declare function maskSecret(secret: string): string;
/** Header values with credentials masked: the scheme stays ("Bearer ••••…"). */
export declare function maskHeaders(headers: Headers): Record<string, string>;
/** A URL with secret query parameters masked (a callback carries the code). */
export declare function maskUrl(url: string): string;
/**
 * Secrets in any text masked by their pattern: `access_token=…`, `code=…`, `"client_secret": "…"`
 * (the keys of SECRET_KEYS), whatever the content type says (issue 22: a text/plain token answer
 * was recorded as it came). Values masked already are left alone.
 */
export declare function maskText(text: string): string;
/** A body with secrets masked, by what it is (JSON, a form), then by pattern whatever it is. */
export declare function maskBody(text: string, contentType: string | null): string;
/** At most MAX_BODY characters, and whether it was cut. */
export declare function bound(text: string): {
    body: string;
    truncated?: true;
};

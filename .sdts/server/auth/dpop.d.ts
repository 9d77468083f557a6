/** The public half of the proof key, as every proof's header carries it (RFC 9449 §4.2). */
export interface DpopJwk {
    kty: "EC";
    crv: "P-256";
    x: string;
    y: string;
}
/** How DPoP is chosen: auto (when the servers ask for it or offer ES256), on (always), off (Bearer only). */
export declare const DPOP_MODES: readonly ["auto", "on", "off"];
export type DpopMode = (typeof DPOP_MODES)[number];
/** RFC 9449 §4.2: htu is the request's URI without its query and fragment. */
export declare function htu(url: string): string;
/** RFC 9449 §4.2: `ath`, the base64url SHA-256 of the access token a resource request presents. */
export declare const ath: (accessToken: string) => string;
/**
 * One session's proof-of-possession key (RFC 9449, SEP-1932): ES256, made in memory when the
 * session first needs it, never written anywhere, gone with the session; a token bound to it is
 * of no use to whoever copies the token out of a record. Proofs themselves are not masked in the
 * record: each is bound to one method, one URL and (at the resource) one token, and is what a
 * person inspecting DPoP wants to read.
 */
export declare class DpopKey {
    private readonly key;
    readonly jwk: DpopJwk;
    /** RFC 7638 thumbprint of the public key: the `cnf.jkt` a bound token carries. */
    readonly thumbprint: string;
    /** The last nonce each server gave, by origin: the authorization server's and the resource's are apart (§8, §9). */
    private readonly nonces;
    constructor();
    /** A fresh proof (new jti, iat now) for one request; `accessToken` at a resource adds its `ath`. */
    proof(method: string, url: string, accessToken?: string): string;
    /** Keep the DPoP-Nonce a server sent (on any answer); true when it is new, so a retry can use it. */
    takeNonce(url: string, headers: Headers): boolean;
}

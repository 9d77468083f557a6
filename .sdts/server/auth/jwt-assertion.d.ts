import { type KeyObject } from "node:crypto";
/** RFC 7523 §2.2: the client_assertion_type of a JWT client assertion. */
export declare const JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
/** The JWS algorithms (RFC 7518 §3) a private key can sign with here. */
export declare const SIGNING_ALGS: readonly ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];
export type SigningAlg = (typeof SIGNING_ALGS)[number];
/** A private key read from its PEM text; the text itself never appears in an error. */
export declare function readPrivateKey(pem: string): KeyObject;
/** What a key is, in words: "an RSA key (2048 bits)", "an EC key on P-384". */
export declare function describeKey(key: KeyObject): string;
/** Whether `alg` can be used with `key`: the key's type, and for ES the curve the algorithm names. */
export declare function algFits(alg: string, key: KeyObject): alg is SigningAlg;
/**
 * The algorithm to sign with: the one given, if the key can make it (else a clear error); without
 * one, the first the authorization server lists that fits the key, else the key's natural one.
 */
export declare function chooseSigningAlg(key: KeyObject, given: string | undefined, listed: readonly string[] | undefined): {
    alg: SigningAlg;
    why: string;
};
/**
 * RFC 7523 §3: a client assertion, iss = sub = the client id, aud = the authorization server (its
 * issuer identifier, as draft-ietf-oauth-rfc7523bis asks, else its token endpoint), a fresh jti
 * (no replay) and a short exp.
 */
export declare function clientAssertion(opts: {
    clientId: string;
    audience: string;
    key: KeyObject;
    alg: SigningAlg;
    now?: number;
}): string;
/**
 * Whether a private key and algorithm are usable, without any server: for a command line to say so
 * before it connects (here, not in client-credentials.ts: the command line loads no token flow, issue 49).
 */
export declare function clientKeyProblem(pem: string, alg: string | undefined): string | undefined;

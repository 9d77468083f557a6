import { createHash, generateKeyPairSync, randomUUID, sign, type KeyObject } from "node:crypto";

/** The public half of the proof key, as every proof's header carries it (RFC 9449 §4.2). */
export interface DpopJwk {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
}

/** How DPoP is chosen: auto (when the servers ask for it or offer ES256), on (always), off (Bearer only). */
export const DPOP_MODES = ["auto", "on", "off"] as const;
export type DpopMode = (typeof DPOP_MODES)[number];

const b64url = (s: string | Buffer) => Buffer.from(s).toString("base64url");

/** RFC 9449 §4.2: htu is the request's URI without its query and fragment. */
export function htu(url: string): string {
  const u = new URL(url);
  u.search = "";
  u.hash = "";
  return u.href;
}

/** RFC 9449 §4.2: `ath`, the base64url SHA-256 of the access token a resource request presents. */
export const ath = (accessToken: string) => createHash("sha256").update(accessToken, "ascii").digest("base64url");

/**
 * One session's proof-of-possession key (RFC 9449, SEP-1932): ES256, made in memory when the
 * session first needs it, never written anywhere, gone with the session; a token bound to it is
 * of no use to whoever copies the token out of a record. Proofs themselves are not masked in the
 * record: each is bound to one method, one URL and (at the resource) one token, and is what a
 * person inspecting DPoP wants to read.
 */
export class DpopKey {
  private readonly key: KeyObject;
  readonly jwk: DpopJwk;
  /** RFC 7638 thumbprint of the public key: the `cnf.jkt` a bound token carries. */
  readonly thumbprint: string;
  /** The last nonce each server gave, by origin: the authorization server's and the resource's are apart (§8, §9). */
  private readonly nonces = new Map<string, string>();

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const j = publicKey.export({ format: "jwk" });
    this.key = privateKey;
    this.jwk = { kty: "EC", crv: "P-256", x: String(j.x), y: String(j.y) };
    // RFC 7638 §3.2: the required members only, in lexicographic order, no whitespace.
    const { crv, kty, x, y } = this.jwk;
    this.thumbprint = createHash("sha256").update(JSON.stringify({ crv, kty, x, y })).digest("base64url");
  }

  /** A fresh proof (new jti, iat now) for one request; `accessToken` at a resource adds its `ath`. */
  proof(method: string, url: string, accessToken?: string): string {
    const nonce = this.nonces.get(new URL(url).origin);
    const header = { typ: "dpop+jwt", alg: "ES256", jwk: this.jwk };
    const claims = {
      jti: randomUUID(),
      htm: method.toUpperCase(),
      htu: htu(url),
      iat: Math.floor(Date.now() / 1000),
      ...(nonce ? { nonce } : {}),
      ...(accessToken ? { ath: ath(accessToken) } : {}),
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    // JWS ES256 is the raw r||s pair (RFC 7518 §3.4), not DER.
    const signature = sign("sha256", Buffer.from(input), { key: this.key, dsaEncoding: "ieee-p1363" });
    return `${input}.${signature.toString("base64url")}`;
  }

  /** Keep the DPoP-Nonce a server sent (on any answer); true when it is new, so a retry can use it. */
  takeNonce(url: string, headers: Headers): boolean {
    const nonce = headers.get("dpop-nonce");
    const origin = new URL(url).origin;
    if (!nonce || this.nonces.get(origin) === nonce) return false;
    this.nonces.set(origin, nonce);
    return true;
  }
}

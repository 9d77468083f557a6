import { createPrivateKey, randomUUID, sign, constants, type KeyObject } from "node:crypto";
import { AuthFlowError } from "./errors";
import { M2M_SPEC } from "./m2m-spec";

/** RFC 7523 §2.2: the client_assertion_type of a JWT client assertion. */
export const JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/** The JWS algorithms (RFC 7518 §3) a private key can sign with here. */
export const SIGNING_ALGS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"] as const;
export type SigningAlg = (typeof SIGNING_ALGS)[number];

/** The curve each ES algorithm is defined on (RFC 7518 §3.4): ES256 with a P-384 key is not ES256. */
const CURVE: Partial<Record<SigningAlg, string>> = { ES256: "prime256v1", ES384: "secp384r1", ES512: "secp521r1" };
const CURVE_NAME: Record<string, string> = { prime256v1: "P-256", secp384r1: "P-384", secp521r1: "P-521" };

/** A private key read from its PEM text; the text itself never appears in an error. */
export function readPrivateKey(pem: string): KeyObject {
  try {
    return createPrivateKey({ key: pem, format: "pem" });
  } catch {
    // OpenSSL says "interrupted or cancelled" for a key it wanted a passphrase for: the PEM's own label is clearer.
    const why = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem)
      ? "it is encrypted, and a passphrase is not supported: decrypt it first (openssl pkey -in key.pem -out plain.pem)"
      : "it is not a PEM private key (PKCS#8, PKCS#1 RSA or SEC1 EC); a public key or a certificate will not do";
    throw new AuthFlowError("registration", `the client private key could not be read: ${why}`, M2M_SPEC.jwtClientAuth);
  }
}

/** What a key is, in words: "an RSA key (2048 bits)", "an EC key on P-384". */
export function describeKey(key: KeyObject): string {
  const d = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === "rsa") return `an RSA key (${d.modulusLength ?? "?"} bits)`;
  if (key.asymmetricKeyType === "ec") return `an EC key on ${CURVE_NAME[d.namedCurve ?? ""] ?? d.namedCurve ?? "an unknown curve"}`;
  return `an ${key.asymmetricKeyType ?? "unknown"} key`;
}

/** Whether `alg` can be used with `key`: the key's type, and for ES the curve the algorithm names. */
export function algFits(alg: string, key: KeyObject): alg is SigningAlg {
  const type = key.asymmetricKeyType;
  if (/^(RS|PS)(256|384|512)$/.test(alg)) return type === "rsa" || (alg.startsWith("PS") && type === "rsa-pss");
  if (alg in CURVE) return type === "ec" && key.asymmetricKeyDetails?.namedCurve === CURVE[alg as SigningAlg];
  return alg === "EdDSA" && (type === "ed25519" || type === "ed448");
}

/**
 * The algorithm to sign with: the one given, if the key can make it (else a clear error); without
 * one, the first the authorization server lists that fits the key, else the key's natural one.
 */
export function chooseSigningAlg(
  key: KeyObject,
  given: string | undefined,
  listed: readonly string[] | undefined,
): { alg: SigningAlg; why: string } {
  const bits = key.asymmetricKeyDetails?.modulusLength;
  // RFC 7518 §3.3: RSA keys of 2048 bits or more; a server would refuse the signature anyway.
  if (bits !== undefined && bits < 2048)
    throw new AuthFlowError(
      "registration",
      `the private key is ${describeKey(key)}: RS and PS algorithms need 2048 bits or more`,
      M2M_SPEC.signingAlgs,
    );
  if (given) {
    if (given.startsWith("HS"))
      throw new AuthFlowError(
        "registration",
        `${given} is an HMAC algorithm (client_secret_jwt), not one a private key signs with; give RS256, ES256 or another of ${SIGNING_ALGS.join(", ")}`,
        M2M_SPEC.jwtClientAuth,
      );
    if (!(SIGNING_ALGS as readonly string[]).includes(given))
      throw new AuthFlowError(
        "registration",
        `unknown signing algorithm ${given}: use one of ${SIGNING_ALGS.join(", ")}`,
        M2M_SPEC.jwtClientAuth,
      );
    if (!algFits(given, key))
      throw new AuthFlowError(
        "registration",
        `the signing algorithm ${given} does not fit the private key, which is ${describeKey(key)}${natural(key) ? `: use ${natural(key)}` : ""}`,
        M2M_SPEC.jwtClientAuth,
      );
    return { alg: given, why: "given with the key" };
  }
  const fit = listed?.find((a) => algFits(a, key));
  if (fit)
    return {
      alg: fit,
      why: `the first of the server's token_endpoint_auth_signing_alg_values_supported (${listed!.join(", ")}) that fits ${describeKey(key)}`,
    };
  const alg = natural(key);
  if (!alg)
    throw new AuthFlowError(
      "registration",
      `the private key is ${describeKey(key)}, which signs with none of ${SIGNING_ALGS.join(", ")}`,
      M2M_SPEC.jwtClientAuth,
    );
  return {
    alg,
    why: `${describeKey(key)} signs with ${alg}${listed ? ` (the server lists ${listed.join(", ")}, none of which fits the key)` : ""}`,
  };
}

function natural(key: KeyObject): SigningAlg | undefined {
  const t = key.asymmetricKeyType;
  if (t === "rsa") return "RS256";
  if (t === "rsa-pss") return "PS256";
  if (t === "ed25519" || t === "ed448") return "EdDSA";
  return (Object.keys(CURVE) as SigningAlg[]).find((a) => algFits(a, key));
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

/** JWS signing input signed as `alg` says (RFC 7518 §3): ECDSA as r||s, not DER; PSS with a salt of the hash's length. */
function signature(alg: SigningAlg, key: KeyObject, input: string): Buffer {
  const data = Buffer.from(input);
  if (alg === "EdDSA") return sign(null, data, key);
  const hash = `sha${alg.slice(2)}`;
  if (alg.startsWith("ES")) return sign(hash, data, { key, dsaEncoding: "ieee-p1363" });
  if (alg.startsWith("PS"))
    return sign(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST });
  return sign(hash, data, key);
}

/** How long an assertion is good for: one token request, with room for clock skew. */
const LIFETIME_S = 60;

/**
 * RFC 7523 §3: a client assertion, iss = sub = the client id, aud = the authorization server (its
 * issuer identifier, as draft-ietf-oauth-rfc7523bis asks, else its token endpoint), a fresh jti
 * (no replay) and a short exp.
 */
export function clientAssertion(opts: { clientId: string; audience: string; key: KeyObject; alg: SigningAlg; now?: number }): string {
  const iat = Math.floor((opts.now ?? Date.now()) / 1000);
  const header = { alg: opts.alg, typ: "JWT" };
  const claims = { iss: opts.clientId, sub: opts.clientId, aud: opts.audience, jti: randomUUID(), iat, exp: iat + LIFETIME_S };
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${signature(opts.alg, opts.key, input).toString("base64url")}`;
}

/**
 * Whether a private key and algorithm are usable, without any server: for a command line to say so
 * before it connects (here, not in client-credentials.ts: the command line loads no token flow, issue 49).
 */
export function clientKeyProblem(pem: string, alg: string | undefined): string | undefined {
  try {
    chooseSigningAlg(readPrivateKey(pem), alg, undefined);
    return undefined;
  } catch (e) {
    return e instanceof AuthFlowError ? e.detail : String(e);
  }
}

import { AuthSettingsSchema, type AuthSettings } from "../../lib/target/target";

/** How a machine-to-machine client proves who it is: its secret, or a private key (private_key_jwt). */
export type ClientProof = "secret" | "private-key";

/** The connect form's authorization options as typed (strings), before they are settings. */
export interface AuthDraft {
  mode: AuthSettings["mode"];
  clientId: string;
  /** Held in the form's memory only, sent with connect; the backend keeps it, the page stores nothing. */
  clientSecret: string;
  clientMetadataUrl: string;
  scope: string;
  /** Client credentials only: which of the secret and the private key is sent. */
  proof: ClientProof;
  /** The PEM text of the private key, pasted or read from a file: held like the secret. */
  clientPrivateKey: string;
  /** A JWS algorithm, or "" for the backend to choose from the key and the server's metadata. */
  clientSigningAlg: string;
  /** DPoP-bound tokens (RFC 9449): auto (when the servers ask for it or offer ES256), on, off. */
  dpop: DpopChoice;
}

export const DPOP_CHOICES = ["auto", "on", "off"] as const;
export type DpopChoice = (typeof DPOP_CHOICES)[number];

export const DEFAULT_AUTH_DRAFT: AuthDraft = {
  mode: "browser",
  clientId: "",
  clientSecret: "",
  clientMetadataUrl: "",
  scope: "",
  proof: "secret",
  clientPrivateKey: "",
  clientSigningAlg: "",
  dpop: "auto",
};

/** What the backend can sign with (server/auth/jwt-assertion SIGNING_ALGS); the page imports nothing from server/. */
export const SIGNING_ALG_CHOICES = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"] as const;

const PEM_PRIVATE_KEY = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;

/**
 * The `auth` to send with connect, or what is wrong in words. Nothing (undefined) when the draft
 * is the backend's default (a login in the browser, a client registered as the server allows).
 */
export function authSettingsFrom(d: AuthDraft): { ok: true; auth?: AuthSettings } | { ok: false; message: string } {
  const r = d.mode === "client-credentials" ? clientCredentialsFrom(d) : loginFrom(d);
  // auto is the backend's default: only a choice the person made is sent.
  if (!r.ok || d.dpop === "auto" || d.mode === "off") return r;
  return { ok: true, auth: { ...(r.auth ?? { mode: d.mode }), dpop: d.dpop } };
}

/** A login (browser or without a person): the client, if pre-registered or a metadata document, and the scope. */
function loginFrom(d: AuthDraft): { ok: true; auth?: AuthSettings } | { ok: false; message: string } {
  const trimmed = {
    clientId: d.clientId.trim(),
    clientSecret: d.clientSecret,
    clientMetadataUrl: d.clientMetadataUrl.trim(),
    scope: d.scope.trim(),
  };
  const set = Object.fromEntries(Object.entries(trimmed).filter(([, v]) => v !== ""));
  if (d.mode === "browser" && Object.keys(set).length === 0) return { ok: true };
  if (set.clientSecret && !set.clientId) return { ok: false, message: "a client secret needs its client id" };
  const parsed = AuthSettingsSchema.safeParse({ mode: d.mode, ...set });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message:
        issue?.path[0] === "clientMetadataUrl"
          ? "the client metadata URL must be an http(s) URL"
          : (issue?.message ?? "the authorization options are not valid"),
    };
  }
  return { ok: true, auth: parsed.data };
}

/**
 * Machine to machine: a client id and one proof, the other left out (a secret typed before the
 * person switched to a key is not sent). The key's fit with the algorithm is the backend's to
 * judge (node:crypto reads it); here only its PEM shape.
 */
function clientCredentialsFrom(d: AuthDraft): { ok: true; auth: AuthSettings } | { ok: false; message: string } {
  const clientId = d.clientId.trim();
  const scope = d.scope.trim();
  if (!clientId) return { ok: false, message: "client credentials need a client id" };
  const base = { mode: "client-credentials" as const, clientId, ...(scope ? { scope } : {}) };
  if (d.proof === "secret") {
    if (!d.clientSecret) return { ok: false, message: "client credentials need the client secret (or a private key)" };
    return { ok: true, auth: AuthSettingsSchema.parse({ ...base, clientSecret: d.clientSecret }) };
  }
  const key = d.clientPrivateKey.trim();
  if (!key) return { ok: false, message: "paste the client's private key (PEM) or choose its file" };
  if (!PEM_PRIVATE_KEY.test(key))
    return { ok: false, message: "the private key must be PEM text: -----BEGIN PRIVATE KEY----- … -----END PRIVATE KEY-----" };
  return {
    ok: true,
    auth: AuthSettingsSchema.parse({
      ...base,
      clientPrivateKey: key,
      ...(d.clientSigningAlg ? { clientSigningAlg: d.clientSigningAlg } : {}),
    }),
  };
}

import type { KeyObject } from "node:crypto";
import { clientAssertion, JWT_BEARER_ASSERTION, type SigningAlg } from "./jwt-assertion";
import type { AuthServerMetadata } from "./metadata";

export type TokenAuthMethod = "none" | "client_secret_basic" | "client_secret_post" | "private_key_jwt";
const KNOWN: readonly string[] = ["none", "client_secret_basic", "client_secret_post"];

/** The client the flow authenticates as; held in memory only. */
export interface ClientCredentials {
  clientId: string;
  clientSecret?: string;
  /** What the client was registered with (RFC 7591 answer), when known. */
  registeredMethod?: string;
  /** private_key_jwt (RFC 7523): the key and the algorithm it signs its assertions with. */
  signing?: { key: KeyObject; alg: SigningAlg };
}

/**
 * How to authenticate at the token endpoint: with a private key, private_key_jwt; else what
 * registration said, if the server lists it; else with a secret basic then post (RFC 8414 §2: an
 * absent list means client_secret_basic); else none. The reason comes with the choice.
 */
export function chooseTokenAuth(client: ClientCredentials, meta: AuthServerMetadata): { method: TokenAuthMethod; why: string } {
  const listed = meta.token_endpoint_auth_methods_supported;
  if (client.signing) {
    const said = !listed
      ? "the server lists no token_endpoint_auth_methods_supported"
      : listed.includes("private_key_jwt")
        ? `the server lists ${listed.join(", ")}`
        : `the server lists only ${listed.join(", ")}, but a key is what was given`;
    return { method: "private_key_jwt", why: `a private key was given (${client.signing.alg}); ${said}` };
  }
  const reg = client.registeredMethod;
  if (reg && KNOWN.includes(reg) && (!listed || listed.includes(reg)))
    return { method: reg as TokenAuthMethod, why: `the client was registered with ${reg}` };
  if (!client.clientSecret) return { method: "none", why: "the client has no secret (a public client)" };
  if (!listed)
    return {
      method: "client_secret_basic",
      why: "the metadata lists no token_endpoint_auth_methods_supported, whose default is client_secret_basic (RFC 8414 §2)",
    };
  if (listed.includes("client_secret_basic"))
    return { method: "client_secret_basic", why: `the server lists ${listed.join(", ")}; basic is preferred with a secret` };
  if (listed.includes("client_secret_post")) return { method: "client_secret_post", why: `the server lists ${listed.join(", ")}` };
  return {
    method: "client_secret_post",
    why: `the server lists ${listed.join(", ")}, none for a client with a secret; sending it in the body`,
  };
}

/** The method asked for at dynamic registration: public if the server allows, else basic, else post. */
export function methodToRegister(meta: AuthServerMetadata): TokenAuthMethod {
  const listed = meta.token_endpoint_auth_methods_supported;
  if (!listed || listed.includes("none")) return "none";
  if (listed.includes("client_secret_basic")) return "client_secret_basic";
  return listed.includes("client_secret_post") ? "client_secret_post" : "none";
}

/** RFC 6749 §2.3.1: Basic takes the form-urlencoded id and secret. */
function basic(id: string, secret: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, "+");
  return `Basic ${Buffer.from(`${enc(id)}:${enc(secret)}`).toString("base64")}`;
}

/**
 * Put the client's credentials on a token request the way `method` says. `audience`: who a
 * private_key_jwt assertion is for (the authorization server's issuer, else its token endpoint).
 */
export function applyClientAuth(
  method: TokenAuthMethod,
  client: ClientCredentials,
  headers: Record<string, string>,
  params: URLSearchParams,
  audience: string,
): void {
  if (method === "client_secret_basic" && client.clientSecret !== undefined) {
    headers.authorization = basic(client.clientId, client.clientSecret);
    return;
  }
  // A workload's jwt-bearer grant may have no client at all (RFC 7523 §3.1): then no client_id.
  if (client.clientId) params.set("client_id", client.clientId);
  if (method === "client_secret_post" && client.clientSecret !== undefined) params.set("client_secret", client.clientSecret);
  if (method === "private_key_jwt" && client.signing) {
    params.set("client_assertion_type", JWT_BEARER_ASSERTION);
    params.set("client_assertion", clientAssertion({ clientId: client.clientId, audience, ...client.signing }));
  }
}

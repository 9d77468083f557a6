import type { ClientCredentials } from "./client-auth";
import type { DpopKey } from "./dpop";
import { AuthFlowError } from "./errors";
import type { Discovered } from "./flow";
import type { FlowContext } from "./http";
import { chooseSigningAlg, readPrivateKey } from "./jwt-assertion";
import { M2M_SPEC } from "./m2m-spec";
import { requestToken, type TokenSet } from "./token";

/** The client of a machine-to-machine session, as given (nothing registers it: SEP-1046 says pre-registered). */
export interface M2MClientOptions {
  clientId?: string;
  clientSecret?: string;
  /** PEM text of the private key for private_key_jwt. */
  clientPrivateKey?: string;
  clientSigningAlg?: string;
}

/**
 * The registration step without a person: the client id and its secret or private key as given.
 * A key is read and its algorithm chosen here, before anything is sent with it, so a key that
 * does not fit the algorithm is a clear error at this step rather than the server's 401.
 */
export function m2mClient(ctx: FlowContext, opts: M2MClientOptions, d: Discovered): ClientCredentials {
  if (!opts.clientId)
    throw new AuthFlowError(
      "registration",
      "client credentials need the client id the authorization server registered for this machine (--client-id)",
      M2M_SPEC.sep1046,
    );
  if (opts.clientPrivateKey) {
    const key = readPrivateKey(opts.clientPrivateKey);
    const { alg, why } = chooseSigningAlg(key, opts.clientSigningAlg, d.meta.token_endpoint_auth_signing_alg_values_supported);
    ctx.report({
      type: "decision",
      step: "registration",
      chose: `pre-registered client ${opts.clientId}, private_key_jwt signed ${alg}`,
      why: `client credentials use a client registered ahead; a private key was given${opts.clientSecret ? " (it is used, not the secret)" : ""}; ${alg}: ${why}`,
      spec: M2M_SPEC.jwtClientAuth,
    });
    return { clientId: opts.clientId, signing: { key, alg } };
  }
  if (!opts.clientSecret)
    throw new AuthFlowError(
      "registration",
      "client credentials need a client secret (--client-secret or MCP_CLIENT_SECRET) or a private key (--client-private-key)",
      M2M_SPEC.sep1046,
    );
  if (opts.clientSigningAlg)
    ctx.report({
      type: "problem",
      step: "registration",
      severity: "warning",
      message: `a signing algorithm (${opts.clientSigningAlg}) was given without a private key: it is not used, the secret is`,
      spec: M2M_SPEC.jwtClientAuth,
    });
  ctx.report({
    type: "decision",
    step: "registration",
    chose: `pre-registered client ${opts.clientId} with its secret`,
    why: "client credentials use a client registered ahead, as given",
    spec: M2M_SPEC.sep1046,
  });
  return { clientId: opts.clientId, clientSecret: opts.clientSecret };
}

/** RFC 6749 §4.4: the client's own credentials for a token, no person, no redirect; the resource goes with it (RFC 8707). */
export function clientCredentialsToken(
  ctx: FlowContext,
  d: Discovered,
  client: ClientCredentials,
  scope: string | undefined,
  dpop?: DpopKey,
): Promise<TokenSet> {
  return requestToken(ctx, "token", d.meta, client, { grant_type: "client_credentials", ...(scope ? { scope } : {}) }, d.resource, dpop);
}

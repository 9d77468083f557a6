import type { ClientCredentials } from "./client-auth";
import type { DpopKey } from "./dpop";
import { AuthFlowError } from "./errors";
import { GRANT_TYPE, type Discovered } from "./flow";
import { exchange, jsonObject, oauthError, type FlowContext } from "./http";
import { M2M_SPEC } from "./m2m-spec";
import { requestToken, type TokenSet } from "./token";

/** Cross-app access (SEP-990): what the enterprise IdP needs to trade the person's ID token for an ID-JAG. */
export interface CrossAppOptions {
  /** The ID token from the person's single sign-on at the IdP (held in memory only). */
  idToken: string;
  /** The IdP's token endpoint (RFC 8693 token exchange); given, as no metadata of the MCP server names it. */
  idpTokenEndpoint: string;
  /** How this client is known at the IdP (and its secret, when the IdP wants one). */
  idpClientId?: string;
  idpClientSecret?: string;
}

const TOKEN_TYPE = { idToken: "urn:ietf:params:oauth:token-type:id_token", idJag: "urn:ietf:params:oauth:token-type:id-jag" };

/**
 * RFC 8693 at the IdP: the ID token for an Identity Assertion JWT Authorization Grant (ID-JAG)
 * whose audience is the MCP server's authorization server and whose resource is the MCP server.
 * Reported at the authorization step: it is what a login gives in the code flow, the grant.
 */
export async function requestIdJag(ctx: FlowContext, d: Discovered, opts: CrossAppOptions, scope: string | undefined): Promise<string> {
  ctx.origins.allow(opts.idpTokenEndpoint, "the enterprise IdP's token endpoint, as given");
  const audience = d.meta.issuer ?? d.issuer;
  ctx.report({
    type: "decision",
    step: "authorization",
    chose: `token exchange at ${opts.idpTokenEndpoint}: an ID-JAG for ${audience}`,
    why: "cross-app access: the IdP vouches for the person to the MCP server's authorization server, no login there",
    spec: M2M_SPEC.sep990,
  });
  const params = new URLSearchParams({
    grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
    requested_token_type: TOKEN_TYPE.idJag,
    subject_token: opts.idToken,
    subject_token_type: TOKEN_TYPE.idToken,
    audience,
    resource: d.resource,
    ...(scope ? { scope } : {}),
  });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  if (opts.idpClientId && opts.idpClientSecret)
    headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(opts.idpClientId)}:${encodeURIComponent(opts.idpClientSecret)}`).toString("base64")}`;
  else if (opts.idpClientId) params.set("client_id", opts.idpClientId);
  const answer = await exchange(ctx, "authorization", opts.idpTokenEndpoint, { method: "POST", headers, body: params.toString() });
  if (answer.status !== 200)
    throw new AuthFlowError(
      "authorization",
      `${opts.idpTokenEndpoint} refused the token exchange: ${oauthError(answer)}`,
      M2M_SPEC.tokenExchange,
    );
  const body = jsonObject(answer, "authorization", "the token exchange answer", M2M_SPEC.tokenExchange);
  if (typeof body.access_token !== "string")
    throw new AuthFlowError("authorization", "the token exchange answer has no access_token (the ID-JAG)", M2M_SPEC.tokenExchange);
  if (body.issued_token_type !== TOKEN_TYPE.idJag)
    ctx.report({
      type: "problem",
      step: "authorization",
      severity: "warning",
      message: `issued_token_type is ${JSON.stringify(body.issued_token_type)}, not ${TOKEN_TYPE.idJag}; sent as the grant anyway`,
      spec: M2M_SPEC.sep990,
    });
  return body.access_token;
}

/** RFC 7523 §2.1 at the authorization server: the ID-JAG as the grant, the client authenticated as for client credentials. */
export function jwtBearerToken(
  ctx: FlowContext,
  d: Discovered,
  client: ClientCredentials,
  idJag: string,
  scope: string | undefined,
  dpop?: DpopKey,
): Promise<TokenSet> {
  return requestToken(
    ctx,
    "token",
    d.meta,
    client,
    { grant_type: GRANT_TYPE["cross-app"], assertion: idJag, ...(scope ? { scope } : {}) },
    d.resource,
    dpop,
  );
}

import { applyClientAuth, chooseTokenAuth, type ClientCredentials } from "./client-auth";
import { AuthFlowError } from "./errors";
import type { DpopKey } from "./dpop";
import { exchange, jsonObject, oauthError, oauthErrorCode, type FlowContext } from "./http";
import { firstIssue, TokenResponseSchema, type AuthServerMetadata } from "./metadata";
import { M2M_SPEC } from "./m2m-spec";
import { SPEC } from "../../lib/auth/steps";
import { asRecord } from "../../lib/json/shape";

/** Tokens held for the session (memory only). */
export interface TokenSet {
  accessToken: string;
  /** DPoP when the server bound the token to this session's key (RFC 9449 §5): sent with a proof, never as Bearer. */
  tokenType: "Bearer" | "DPoP";
  refreshToken?: string;
  scope?: string;
  /** Epoch ms; undefined when the server gave no expires_in. */
  expiresAt?: number;
}

/** The `aud` of a JWT access token, when the token is one (opaque tokens say nothing). */
export function jwtAudience(token: string): string[] | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  try {
    const payload = asRecord(JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")));
    if (typeof payload.aud === "string") return [payload.aud];
    if (Array.isArray(payload.aud)) return payload.aud.filter((a): a is string => typeof a === "string");
  } catch {
    // Not a JWT after all.
  }
  return undefined;
}

const norm = (u: string) => (u.endsWith("/") ? u.slice(0, -1) : u);

/** RFC 8707: a token whose audience (visible in a JWT, or echoed as `resource`) is another resource is refused. */
function checkAudience(ctx: FlowContext, step: "token" | "refresh", token: string, echoed: unknown, resource: string | undefined): void {
  if (!resource) return;
  const aud = jwtAudience(token) ?? (typeof echoed === "string" ? [echoed] : undefined);
  if (!aud || aud.some((a) => norm(a) === norm(resource))) return;
  const message = `the token was issued for ${aud.join(", ")}, not for this server (${resource}): refused, it must not be sent here`;
  ctx.report({ type: "problem", step, severity: "error", message, spec: SPEC.audience });
  throw new AuthFlowError(step, message, SPEC.audience);
}

/**
 * POST the token endpoint with `grant` (code, refresh, client credentials...), authenticating the client as the
 * server's metadata allows, and check what comes back.
 */
export async function requestToken(
  ctx: FlowContext,
  step: "token" | "refresh",
  meta: AuthServerMetadata,
  client: ClientCredentials,
  grant: Record<string, string>,
  resource: string | undefined,
  dpop?: DpopKey,
): Promise<TokenSet> {
  const { method, why } = chooseTokenAuth(client, meta);
  // draft-ietf-oauth-rfc7523bis: the issuer identifier, so an assertion cannot be replayed at another server's endpoint.
  const audience = meta.issuer ?? meta.token_endpoint;
  const signed =
    method === "private_key_jwt"
      ? `; the assertion is signed ${client.signing?.alg}, iss = sub = ${client.clientId}, aud = ${audience}${meta.issuer ? " (the issuer)" : " (the token endpoint: the metadata names no issuer)"}`
      : "";
  ctx.report({
    type: "decision",
    step,
    chose: `token endpoint auth: ${method}`,
    why: why + signed,
    spec: method === "private_key_jwt" ? M2M_SPEC.jwtClientAuth : SPEC.clientAuth,
  });
  // Built for each send: a retry with a DPoP nonce needs a fresh client assertion too (its jti is single use).
  const send = () => {
    const params = new URLSearchParams(grant);
    // RFC 8707: the resource goes with every token request, refresh included.
    if (resource) params.set("resource", resource);
    const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
    applyClientAuth(method, client, headers, params, audience);
    if (dpop) headers.dpop = dpop.proof("POST", meta.token_endpoint);
    return exchange(ctx, step, meta.token_endpoint, { method: "POST", headers, body: params.toString() });
  };
  let answer = await send();
  // RFC 9449 §8: a server that wants a nonce refuses the first proof with use_dpop_nonce and a DPoP-Nonce; one retry.
  if (dpop && dpop.takeNonce(meta.token_endpoint, answer.headers) && answer.status === 400 && oauthErrorCode(answer) === "use_dpop_nonce") {
    ctx.report({
      type: "decision",
      step,
      chose: "send the token request again with the server's DPoP nonce",
      why: "the authorization server answered use_dpop_nonce with a DPoP-Nonce header",
      spec: SPEC.dpopAsNonce,
    });
    answer = await send();
    dpop.takeNonce(meta.token_endpoint, answer.headers);
  }
  if (answer.status !== 200) throw new AuthFlowError(step, `${meta.token_endpoint} refused: ${oauthError(answer)}`, SPEC.tokenError);
  // A token answer that is not JSON may be the bare token: its beginning is not quoted in the error.
  if (!/^\s*\{/.test(answer.text))
    throw new AuthFlowError(
      step,
      `the token response at ${answer.url} is not JSON (${answer.headers.get("content-type") ?? "no content type"}, ${answer.text.length} characters, not shown: they may be the token)`,
      SPEC.tokenResponse,
    );
  const body = jsonObject(answer, step, "the token response", SPEC.tokenResponse);
  const parsed = TokenResponseSchema.safeParse(body);
  if (!parsed.success) throw new AuthFlowError(step, `the token response: ${firstIssue(parsed.error)}`, SPEC.tokenResponse);
  const t = parsed.data;
  const tokenType = checkTokenType(ctx, step, t.token_type, dpop);
  checkAudience(ctx, step, t.access_token, body.resource ?? body.aud, resource);
  return {
    accessToken: t.access_token,
    tokenType,
    refreshToken: t.refresh_token ?? grant.refresh_token,
    scope: t.scope,
    expiresAt: t.expires_in === undefined ? undefined : Date.now() + t.expires_in * 1000,
  };
}

/**
 * RFC 9449 §5: token_type says whether the server bound the token to the proof key. DPoP asked
 * for and Bearer given is the server's choice (sent as Bearer); DPoP without a proof sent cannot
 * be presented; anything else is sent as Bearer, as before.
 */
function checkTokenType(ctx: FlowContext, step: "token" | "refresh", type: string, dpop: DpopKey | undefined): TokenSet["tokenType"] {
  const t = type.toLowerCase();
  if (t === "dpop") {
    if (dpop) return "DPoP";
    const message = 'token_type is "DPoP" but no DPoP proof was sent: the token is bound to a key this client does not hold';
    ctx.report({ type: "problem", step, severity: "error", message, spec: SPEC.dpopToken });
    throw new AuthFlowError(step, message, SPEC.dpopToken);
  }
  if (dpop)
    ctx.report({
      type: "problem",
      step,
      severity: "warning",
      message: `a DPoP proof was sent but token_type is "${type}": the server did not bind the token to the key; sent as a Bearer token`,
      spec: SPEC.dpopToken,
    });
  else if (t !== "bearer")
    ctx.report({
      type: "problem",
      step,
      severity: "warning",
      message: `token_type is "${type}", not Bearer; sent as a Bearer token`,
      spec: SPEC.tokenResponse,
    });
  return "Bearer";
}

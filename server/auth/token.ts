import { applyClientAuth, chooseTokenAuth, type ClientCredentials } from "./client-auth";
import { AuthFlowError } from "./errors";
import { exchange, jsonObject, oauthError, type FlowContext } from "./http";
import { firstIssue, TokenResponseSchema, type AuthServerMetadata } from "./metadata";
import { M2M_SPEC } from "./m2m-spec";
import { SPEC } from "../../lib/auth/steps";
import { asRecord } from "../../lib/json/shape";

/** Tokens held for the session (memory only). */
export interface TokenSet {
  accessToken: string;
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
  const params = new URLSearchParams(grant);
  // RFC 8707: the resource goes with every token request, refresh included.
  if (resource) params.set("resource", resource);
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  applyClientAuth(method, client, headers, params, audience);
  const answer = await exchange(ctx, step, meta.token_endpoint, { method: "POST", headers, body: params.toString() });
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
  if (t.token_type.toLowerCase() !== "bearer")
    ctx.report({
      type: "problem",
      step,
      severity: "warning",
      message: `token_type is "${t.token_type}", not Bearer; sent as a Bearer token`,
      spec: SPEC.tokenResponse,
    });
  checkAudience(ctx, step, t.access_token, body.resource ?? body.aud, resource);
  return {
    accessToken: t.access_token,
    refreshToken: t.refresh_token ?? grant.refresh_token,
    scope: t.scope,
    expiresAt: t.expires_in === undefined ? undefined : Date.now() + t.expires_in * 1000,
  };
}

import type { Challenge } from "./challenge";
import { discoverAuthServerMetadata, discoverResourceMetadata, fallbackMetadata, resourceOf } from "./discovery";
import { checkAuthorizationEndpoint, checkPkce } from "./authorization";
import { confineEndpoints, isLoopbackUrl } from "./hosts";
import type { FlowContext } from "./http";
import type { AuthServerMetadata, ResourceMetadata } from "./metadata";
import { SPEC } from "../../lib/auth/steps";

/**
 * The OAuth grant a session uses: a login (with or without a person), machine to machine, or
 * cross-app access (SEP-990: an enterprise IdP's ID token exchanged for an ID-JAG, then the
 * jwt-bearer grant at the MCP server's authorization server), or workload identity (SEP-1933: the
 * platform's JWT for this workload as that grant).
 */
export type Grant = "authorization_code" | "client_credentials" | "cross-app" | "workload";

/** The grant_type each grant sends, as grant_types_supported lists it. */
export const GRANT_TYPE: Record<Grant, string> = {
  authorization_code: "authorization_code",
  client_credentials: "client_credentials",
  "cross-app": "urn:ietf:params:oauth:grant-type:jwt-bearer",
  // SEP-1933: the same RFC 7523 grant, its assertion the platform's JWT for this workload.
  workload: "urn:ietf:params:oauth:grant-type:jwt-bearer",
};

/** What discovery found: the server's resource metadata (if any) and its authorization server. */
export interface Discovered {
  prm?: ResourceMetadata;
  issuer: string;
  meta: AuthServerMetadata;
  /** The RFC 8707 resource indicator sent with authorization and token requests. */
  resource: string;
}

/**
 * From the MCP server to its authorization server's endpoints: PRM (the challenge's URL or the
 * well-known ones), the first authorization server it lists (or, per 2025-03-26, the server's
 * origin), that server's metadata (or the default endpoints), and the checks of its endpoints'
 * schemes and of PKCE (for a login: client credentials use neither the authorization endpoint nor PKCE).
 */
export async function discover(
  ctx: FlowContext,
  serverUrl: URL,
  challenge?: Challenge,
  grant: Grant = "authorization_code",
  confine?: readonly string[],
): Promise<Discovered> {
  const prm = await discoverResourceMetadata(ctx, serverUrl, challenge?.resourceMetadata);
  const issuer = pickIssuer(ctx, serverUrl, prm);
  ctx.origins.allow(issuer, "the MCP server's resource metadata");
  // SEP-2468 holds the metadata to an issuer the resource metadata named, not to a 2025-03-26 origin.
  const found = await discoverAuthServerMetadata(ctx, issuer, !!prm?.authorization_servers?.length);
  const meta = found ?? fallback(ctx, issuer);
  if (grant === "authorization_code") checkAuthorizationEndpoint(ctx, meta);
  else checkGrantListed(ctx, meta, grant);
  if (confine) confineEndpoints(ctx, meta, [serverUrl.href, issuer, ...confine]);
  for (const url of [meta.authorization_endpoint, meta.token_endpoint, meta.registration_endpoint]) {
    if (url) ctx.origins.allow(url, "the authorization server's metadata");
  }
  checkTls(ctx, meta);
  if (grant === "authorization_code") checkPkce(ctx, meta, found !== undefined);
  const resource = prm ? prm.resource : resourceOf(serverUrl);
  ctx.report({
    type: "decision",
    step: requestStep(grant),
    chose: `resource=${resource}`,
    why: prm
      ? "the resource the server's metadata names"
      : "the server's URL (it has no resource metadata); the spec requires the resource parameter",
    spec: SPEC.resource,
  });
  return { prm, issuer, meta, resource };
}

/** Where the request's parameters (scope, resource) are reported: the authorization request, or the token request when there is none. */
export const requestStep = (grant: Grant) => (grant === "authorization_code" ? "authorization" : "token");

/** A server that lists its grants without this one will likely refuse it: said, and tried anyway. */
function checkGrantListed(ctx: FlowContext, meta: AuthServerMetadata, grant: Grant): void {
  const listed = meta.grant_types_supported;
  if (!listed || listed.includes(GRANT_TYPE[grant])) return;
  ctx.report({
    type: "problem",
    step: "authorization-server-metadata",
    severity: "warning",
    message: `the authorization server lists grant_types_supported ${listed.join(", ")}, without ${GRANT_TYPE[grant]}: it will likely refuse the token request; trying anyway`,
    spec: SPEC.asMetadata,
  });
}

/** The spec requires HTTPS for every authorization server endpoint; plain HTTP is tolerated on loopback only. */
function checkTls(ctx: FlowContext, meta: AuthServerMetadata): void {
  const named = {
    authorization_endpoint: meta.authorization_endpoint,
    token_endpoint: meta.token_endpoint,
    registration_endpoint: meta.registration_endpoint,
  };
  for (const [name, url] of Object.entries(named)) {
    if (url && new URL(url).protocol !== "https:" && !isLoopbackUrl(url)) {
      ctx.report({
        type: "problem",
        step: "authorization-server-metadata",
        severity: "warning",
        message: `${name} ${url} is not HTTPS on a host that is not this machine: codes, secrets and tokens would cross the network in the clear`,
        spec: SPEC.redirect,
      });
    }
  }
}

function pickIssuer(ctx: FlowContext, serverUrl: URL, prm: ResourceMetadata | undefined): string {
  const listed = prm?.authorization_servers ?? [];
  if (listed.length > 0) {
    const why =
      listed.length > 1
        ? `the first of the ${listed.length} authorization servers its resource metadata lists`
        : "the authorization server its resource metadata lists";
    ctx.report({ type: "decision", step: "resource-metadata", chose: listed[0], why, spec: SPEC.discovery });
    return listed[0];
  }
  const origin = new URL("/", serverUrl.origin).href;
  const why = prm ? "its resource metadata lists no authorization_servers" : "the server has no protected resource metadata";
  ctx.report({
    type: "decision",
    step: "resource-metadata",
    chose: origin,
    why: `${why}: the MCP server's origin is the authorization server (2025-03-26)`,
    spec: SPEC.backCompat,
  });
  if (prm)
    ctx.report({
      type: "problem",
      step: "resource-metadata",
      severity: "warning",
      message: "the resource metadata lists no authorization_servers",
      spec: SPEC.prm,
    });
  return origin;
}

function fallback(ctx: FlowContext, issuer: string): AuthServerMetadata {
  const meta = fallbackMetadata(issuer);
  ctx.report({
    type: "decision",
    step: "authorization-server-metadata",
    chose: `${meta.authorization_endpoint}, ${meta.token_endpoint}, ${meta.registration_endpoint}`,
    why: "no authorization server metadata at any well-known URL: the 2025-03-26 default endpoints",
    spec: SPEC.backCompat,
  });
  return meta;
}

/**
 * SEP-835's order: the scope the challenge asks for, else the resource metadata's
 * scopes_supported, else the person's, else none (the parameter is left out).
 */
export function chooseScope(
  ctx: FlowContext,
  challenge: Challenge | undefined,
  prm: ResourceMetadata | undefined,
  configured: string | undefined,
  grant: Grant = "authorization_code",
  previous?: string,
): string | undefined {
  const pick = (scope: string | undefined, why: string, spec: string = SPEC.scope) => {
    ctx.report({
      type: "decision",
      step: requestStep(grant),
      chose: scope ? `scope=${scope}` : "no scope parameter",
      why,
      spec,
    });
    return scope;
  };
  // SEP-2350: a step-up adds to what was asked before; asking for the new scope alone would lose the old one.
  if (challenge?.scope && challenge.status === 403 && previous) {
    const union = [...new Set([...previous.split(" "), ...challenge.scope.split(" ")])].filter(Boolean).join(" ");
    if (union !== challenge.scope)
      return pick(
        union,
        `the server's 403 asked for ${challenge.scope}, added to the scope asked for before (${previous})`,
        SPEC.scopeUnion,
      );
  }
  if (challenge?.scope) return pick(challenge.scope, `the server's ${challenge.status} asked for it (WWW-Authenticate scope)`);
  if (prm?.scopes_supported?.length)
    return pick(prm.scopes_supported.join(" "), "the resource metadata's scopes_supported (the challenge named none)");
  if (configured) return pick(configured, "the scope given by the person (neither the challenge nor the metadata named one)");
  return pick(undefined, "neither the challenge, the metadata nor the person named a scope");
}

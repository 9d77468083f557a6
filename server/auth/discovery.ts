import { AuthFlowError } from "./errors";
import { exchange, jsonObject, type FlowContext } from "./http";
import { AuthServerMetadataSchema, firstIssue, ResourceMetadataSchema, type AuthServerMetadata, type ResourceMetadata } from "./metadata";
import { SPEC } from "../../lib/auth/steps";
import { visible } from "../../lib/text/visible";

/** RFC 8707 §2: the MCP server's URL as a resource indicator (no fragment). */
export function resourceOf(serverUrl: URL): string {
  const u = new URL(serverUrl.href);
  u.hash = "";
  return u.href;
}

/**
 * Whether metadata's `resource` covers the server URL: the same origin and a path that is the
 * server's or a parent of it (as the SDK accepts: one PRM for a whole host is common).
 */
export function resourceCovers(resource: string, serverUrl: URL): boolean {
  try {
    const r = new URL(resource);
    if (r.origin !== serverUrl.origin) return false;
    const base = r.pathname.endsWith("/") ? r.pathname : `${r.pathname}/`;
    const path = serverUrl.pathname.endsWith("/") ? serverUrl.pathname : `${serverUrl.pathname}/`;
    return path.startsWith(base);
  } catch {
    return false;
  }
}

const trimSlash = (p: string) => (p.endsWith("/") ? p.slice(0, -1) : p);

/** RFC 9728 §3.1: the path-aware well-known URL first, then the root one. */
export function resourceMetadataUrls(serverUrl: URL): string[] {
  const path = trimSlash(serverUrl.pathname);
  const root = new URL("/.well-known/oauth-protected-resource", serverUrl.origin).href;
  return path ? [new URL(`/.well-known/oauth-protected-resource${path}`, serverUrl.origin).href, root] : [root];
}

/**
 * Protected Resource Metadata: from the challenge's `resource_metadata` if given, else the
 * well-known URLs. Undefined when the server has none (the 2025-03-26 fallback follows).
 */
export async function discoverResourceMetadata(
  ctx: FlowContext,
  serverUrl: URL,
  fromChallenge?: string,
): Promise<ResourceMetadata | undefined> {
  const urls = resourceMetadataUrls(serverUrl);
  if (fromChallenge) {
    ctx.origins.allow(fromChallenge, "the MCP server's WWW-Authenticate");
    urls.unshift(fromChallenge);
    ctx.report({
      type: "decision",
      step: "resource-metadata",
      chose: fromChallenge,
      why: "the server's WWW-Authenticate names it (resource_metadata)",
      spec: SPEC.discovery,
    });
  }
  for (const url of urls) {
    const answer = await exchange(ctx, "resource-metadata", url, {
      headers: { accept: "application/json", "mcp-protocol-version": ctx.protocolVersion },
    });
    if (answer.status !== 200) {
      if (url === fromChallenge)
        ctx.report({
          type: "problem",
          step: "resource-metadata",
          severity: "warning",
          message: `the resource_metadata URL the server named answered ${answer.status}; trying the well-known URLs`,
          spec: SPEC.prm,
        });
      if (answer.status >= 500) throw new AuthFlowError("resource-metadata", `${url} answered ${answer.status}`, SPEC.prm);
      continue;
    }
    const parsed = ResourceMetadataSchema.safeParse(jsonObject(answer, "resource-metadata", "protected resource metadata", SPEC.prm));
    if (!parsed.success) throw new AuthFlowError("resource-metadata", `${url}: ${firstIssue(parsed.error)}`, SPEC.prm);
    checkResource(ctx, parsed.data, serverUrl);
    return parsed.data;
  }
  return undefined;
}

function checkResource(ctx: FlowContext, prm: ResourceMetadata, serverUrl: URL): void {
  if (resourceCovers(prm.resource, serverUrl)) return;
  const message = `its resource "${prm.resource}" does not match the server URL ${resourceOf(serverUrl)}: the metadata is for another resource and must not be used`;
  ctx.report({ type: "problem", step: "resource-metadata", severity: "error", message, spec: SPEC.prmResource });
  throw new AuthFlowError("resource-metadata", message, SPEC.prmResource);
}

/** RFC 8414 §3.1 and OpenID Discovery, in the order the MCP spec gives (path-aware first). */
export function authServerMetadataUrls(issuer: URL): string[] {
  const path = trimSlash(issuer.pathname);
  // Joined as text onto the origin: a path that starts with // would read as another host.
  const at = (p: string) => new URL(issuer.origin + p).href;
  if (!path) return [at("/.well-known/oauth-authorization-server"), at("/.well-known/openid-configuration")];
  return [
    at(`/.well-known/oauth-authorization-server${path}`),
    at(`/.well-known/openid-configuration${path}`),
    at(`${path}/.well-known/openid-configuration`),
  ];
}

/** Authorization server metadata, or undefined when none of the well-known URLs has it. */
export async function discoverAuthServerMetadata(ctx: FlowContext, issuer: string, listed = true): Promise<AuthServerMetadata | undefined> {
  for (const url of authServerMetadataUrls(new URL(issuer))) {
    const answer = await exchange(ctx, "authorization-server-metadata", url, {
      headers: { accept: "application/json", "mcp-protocol-version": ctx.protocolVersion },
    });
    if (answer.status >= 500) throw new AuthFlowError("authorization-server-metadata", `${url} answered ${answer.status}`, SPEC.asMetadata);
    if (answer.status !== 200) continue;
    const parsed = AuthServerMetadataSchema.safeParse(
      jsonObject(answer, "authorization-server-metadata", "authorization server metadata", SPEC.asMetadata),
    );
    if (!parsed.success) throw new AuthFlowError("authorization-server-metadata", `${url}: ${firstIssue(parsed.error)}`, SPEC.asMetadata);
    checkIssuer(ctx, parsed.data, issuer, listed);
    return parsed.data;
  }
  return undefined;
}

/**
 * SEP-2468 (RFC 8414 §3.3): metadata whose issuer is not the one its well-known URL was built from
 * may be an attacker's (a mix-up): refused before any endpoint it names is used. A trailing slash
 * is the one difference let through, with a warning: the well-known URL is the same either way.
 */
function checkIssuer(ctx: FlowContext, meta: AuthServerMetadata, issuer: string, listed: boolean): void {
  if (meta.issuer === undefined || meta.issuer === issuer) return;
  // 2025-03-26 (no resource metadata): the URL is the MCP server's origin, not an issuer anyone
  // named, so there is nothing to hold the metadata to; said, and used, as before SEP-2468.
  if (!listed) {
    ctx.report({
      type: "problem",
      step: "authorization-server-metadata",
      severity: "warning",
      message: `issuer "${visible(meta.issuer)}" is not the MCP server's origin ${issuer} its metadata was found at; used, as no resource metadata named an issuer to hold it to (2025-03-26)`,
      spec: SPEC.issuer,
    });
    return;
  }
  if (trimSlash(meta.issuer) === trimSlash(issuer)) {
    ctx.report({
      type: "problem",
      step: "authorization-server-metadata",
      severity: "warning",
      message: `issuer "${meta.issuer}" differs from the authorization server's URL ${issuer} by a trailing slash (RFC 8414 requires them identical); used, as the well-known URL is the same`,
      spec: SPEC.issuer,
    });
    return;
  }
  const message = `issuer "${visible(meta.issuer)}" is not the authorization server ${issuer} whose well-known URL served it: refused, its endpoints are not used (a mix-up attack would look like this)`;
  ctx.report({ type: "problem", step: "authorization-server-metadata", severity: "error", message, spec: SPEC.issuer });
  throw new AuthFlowError("authorization-server-metadata", message, SPEC.issuer);
}

/**
 * The 2025-03-26 fallback for a server without metadata: the default endpoints under the
 * authorization base URL (the MCP server's origin).
 */
export function fallbackMetadata(base: string): AuthServerMetadata {
  const at = (p: string) => new URL(p, new URL(base).origin).href;
  return { authorization_endpoint: at("/authorize"), token_endpoint: at("/token"), registration_endpoint: at("/register") };
}

import { AuthFlowError, StateMismatchError } from "./errors";
import { exchange, type FlowContext } from "./http";
import type { AuthServerMetadata } from "./metadata";
import { SPEC } from "../../lib/auth/steps";
import { visible } from "../../lib/text/visible";

/** Redirects followed without a person before the flow calls it a loop. */
export const MAX_REDIRECTS = 10;

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  challenge: string;
  scope?: string;
  resource?: string;
}

/** PKCE S256 is required: refuse a server that lists challenge methods without it, and say why. */
export function checkPkce(ctx: FlowContext, meta: AuthServerMetadata, fromMetadata: boolean): void {
  const methods = meta.code_challenge_methods_supported;
  if (methods && !methods.includes("S256")) {
    const message = `the authorization server offers PKCE methods ${methods.length ? methods.join(", ") : "(none)"} but not S256, which MCP clients must use; refusing to authorize without it`;
    ctx.report({ type: "problem", step: "authorization-server-metadata", severity: "error", message, spec: SPEC.pkce });
    throw new AuthFlowError("authorization-server-metadata", message, SPEC.pkce);
  }
  if (!methods && fromMetadata) {
    ctx.report({
      type: "problem",
      step: "authorization-server-metadata",
      severity: "warning",
      message:
        "the metadata has no code_challenge_methods_supported (the spec says a client must then refuse); sending S256 anyway, as the SDK does",
      spec: SPEC.pkce,
    });
  }
}

/**
 * The authorization endpoint is a web page the person's browser opens: http(s) only. Metadata
 * naming file:, javascript: or another scheme would have the OS open what the authorization
 * server chose (the class of CVE-2025-6514): refused, and said why, before any URL is built.
 */
export function checkAuthorizationEndpoint(
  ctx: FlowContext,
  meta: AuthServerMetadata,
): asserts meta is AuthServerMetadata & { authorization_endpoint: string } {
  if (meta.authorization_endpoint === undefined) {
    const message =
      "the authorization server's metadata names no authorization_endpoint: it offers no login (a machine-to-machine server?); try --auth client-credentials";
    ctx.report({ type: "problem", step: "authorization-server-metadata", severity: "error", message, spec: SPEC.asMetadata });
    throw new AuthFlowError("authorization-server-metadata", message, SPEC.asMetadata);
  }
  let scheme: string | undefined;
  try {
    scheme = new URL(meta.authorization_endpoint).protocol;
  } catch {
    scheme = undefined;
  }
  if (scheme === "http:" || scheme === "https:") return;
  const shown = visible(meta.authorization_endpoint);
  const message = scheme
    ? `the authorization server's authorization_endpoint ${shown} is not an http(s) URL (scheme ${visible(scheme)}): only an http(s) login page is opened; refusing it`
    : `the authorization server's authorization_endpoint ${shown} is not a URL; refusing it`;
  ctx.report({ type: "problem", step: "authorization-server-metadata", severity: "error", message, spec: SPEC.asMetadata });
  throw new AuthFlowError("authorization-server-metadata", message, SPEC.asMetadata);
}

/** The URL the person (or the non-interactive follower) opens. */
export function authorizationUrl(meta: AuthServerMetadata & { authorization_endpoint: string }, req: AuthorizationRequest): string {
  const url = new URL(meta.authorization_endpoint);
  const p = url.searchParams;
  p.set("response_type", "code");
  p.set("client_id", req.clientId);
  p.set("redirect_uri", req.redirectUri);
  p.set("state", req.state);
  p.set("code_challenge", req.challenge);
  p.set("code_challenge_method", "S256");
  if (req.scope) p.set("scope", req.scope);
  if (req.resource) p.set("resource", req.resource);
  return url.href;
}

const sameEndpoint = (a: URL, b: URL) => a.origin === b.origin && a.pathname === b.pathname;

/** The issuer an authorization response must name (SEP-2468, RFC 9207), as discovery recorded it. */
export interface ExpectedIssuer {
  /** The metadata's issuer; undefined when the server had no metadata (nothing to compare with). */
  issuer?: string;
  /** authorization_response_iss_parameter_supported: a response without `iss` is then refused. */
  required: boolean;
}

/**
 * What the redirect brought: the code, once the state is the one sent and its `iss` (if any) is
 * the issuer discovery recorded. An `error` from the server (access_denied...), a wrong state and
 * a wrong or missing `iss` are clear errors at the callback step.
 */
export function parseCallback(callbackUrl: string, expectedState: string, redirectUri: string, expected?: ExpectedIssuer): string {
  let url: URL;
  try {
    url = new URL(callbackUrl, redirectUri);
  } catch {
    throw new AuthFlowError("callback", `not a URL: ${callbackUrl}`);
  }
  const p = url.searchParams;
  if (p.get("state") !== expectedState) {
    throw new StateMismatchError(
      "callback",
      p.has("state")
        ? "the state in the callback is not the one this flow sent: refused (a stale login, or a forged redirect)"
        : "the callback carries no state: refused",
      SPEC.state,
    );
  }
  // RFC 9207 §2.4: checked before anything else of the response is used, error responses included.
  if (expected) checkIss(p.get("iss"), expected);
  const error = p.get("error");
  if (error)
    throw new AuthFlowError(
      "callback",
      `the authorization server refused: ${error}${p.get("error_description") ? `: ${p.get("error_description")}` : ""}`,
      SPEC.authError,
    );
  const code = p.get("code");
  if (!code) throw new AuthFlowError("callback", "the callback carries no code", SPEC.authError);
  return code;
}

/**
 * SEP-2468: a present `iss` must be the recorded issuer, character for character (no URL
 * normalization: a trailing slash is another issuer); an absent one is refused when the metadata
 * promised it. Either way the code is not sent to any token endpoint.
 */
function checkIss(iss: string | null, expected: ExpectedIssuer): void {
  if (iss === null) {
    if (expected.required)
      throw new AuthFlowError(
        "callback",
        "the callback carries no iss although the authorization server's metadata says it always sends one (authorization_response_iss_parameter_supported): refused, the code is not exchanged",
        SPEC.issResponse,
      );
    return;
  }
  if (expected.issuer === undefined || iss === expected.issuer) return;
  throw new AuthFlowError(
    "callback",
    `the callback's iss "${visible(iss)}" is not the issuer ${expected.issuer} this login was sent to: refused, the code is not exchanged (another authorization server answered: a mix-up)`,
    SPEC.issResponse,
  );
}

/**
 * Without a person: GET the authorization URL and follow its redirects (each host checked, at
 * most MAX_REDIRECTS) until one points at the redirect URI; that Location is the callback. The
 * redirect URI itself is never fetched. `within`: the only origins it may GET (the MCP server's
 * and its authorization server's): metadata naming an authorization_endpoint elsewhere would
 * have the inspector fetch, and record, any page it likes (SSRF, issue 22 item 9).
 */
export async function followAuthorization(ctx: FlowContext, url: string, redirectUri: string, within?: readonly string[]): Promise<string> {
  const target = new URL(redirectUri);
  const origins = within && new Set(within.map((u) => new URL(u).origin));
  let at = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (origins && !origins.has(new URL(at).origin)) refuseOrigin(ctx, at, hop, [...origins]);
    const answer = await exchange(ctx, "authorization", at);
    const location = answer.headers.get("location");
    if (answer.status < 300 || answer.status >= 400 || !location) {
      const page =
        answer.status === 200
          ? "shows a page (a person must log in or approve)"
          : `answered ${answer.status}${location ? "" : " with no Location"}`;
      throw new AuthFlowError(
        "authorization",
        `${at} ${page}: non-interactive authorization needs a server that redirects back without a person`,
      );
    }
    const next = new URL(location, at);
    if (sameEndpoint(next, target)) return next.href;
    at = next.href;
  }
  throw new AuthFlowError("authorization", `more than ${MAX_REDIRECTS} redirects without reaching ${redirectUri}: a redirect loop`);
}

function refuseOrigin(ctx: FlowContext, url: string, hop: number, allowed: string[]): never {
  const origin = visible(new URL(url).origin);
  const what = hop === 0 ? "the authorization endpoint the metadata names" : "a redirect of the authorization endpoint";
  const message = `without a person, refused to follow ${what} to ${origin}: only the MCP server's and its authorization server's origins are fetched (${allowed.join(", ")}); log in with --auth browser instead`;
  ctx.report({ type: "problem", step: "authorization", severity: "error", message, spec: SPEC.redirect });
  throw new AuthFlowError("authorization", message, SPEC.redirect);
}

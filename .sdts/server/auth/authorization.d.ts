import { type FlowContext } from "./http";
import type { AuthServerMetadata } from "./metadata";
/** Redirects followed without a person before the flow calls it a loop. */
export declare const MAX_REDIRECTS = 10;
export interface AuthorizationRequest {
    clientId: string;
    redirectUri: string;
    state: string;
    challenge: string;
    scope?: string;
    resource?: string;
}
/** PKCE S256 is required: refuse a server that lists challenge methods without it, and say why. */
export declare function checkPkce(ctx: FlowContext, meta: AuthServerMetadata, fromMetadata: boolean): void;
/**
 * The authorization endpoint is a web page the person's browser opens: http(s) only. Metadata
 * naming file:, javascript: or another scheme would have the OS open what the authorization
 * server chose (the class of CVE-2025-6514): refused, and said why, before any URL is built.
 */
export declare function checkAuthorizationEndpoint(ctx: FlowContext, meta: AuthServerMetadata): asserts meta is AuthServerMetadata & {
    authorization_endpoint: string;
};
/** The URL the person (or the non-interactive follower) opens. */
export declare function authorizationUrl(meta: AuthServerMetadata & {
    authorization_endpoint: string;
}, req: AuthorizationRequest): string;
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
export declare function parseCallback(callbackUrl: string, expectedState: string, redirectUri: string, expected?: ExpectedIssuer): string;
/**
 * Without a person: GET the authorization URL and follow its redirects (each host checked, at
 * most MAX_REDIRECTS) until one points at the redirect URI; that Location is the callback. The
 * redirect URI itself is never fetched. `within`: the only origins it may GET (the MCP server's
 * and its authorization server's): metadata naming an authorization_endpoint elsewhere would
 * have the inspector fetch, and record, any page it likes (SSRF, issue 22 item 9).
 */
export declare function followAuthorization(ctx: FlowContext, url: string, redirectUri: string, within?: readonly string[]): Promise<string>;

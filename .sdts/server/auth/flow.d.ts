import type { Challenge } from "./challenge";
import type { FlowContext } from "./http";
import type { AuthServerMetadata, ResourceMetadata } from "./metadata";
/**
 * The OAuth grant a session uses: a login (with or without a person), machine to machine, or
 * cross-app access (SEP-990: an enterprise IdP's ID token exchanged for an ID-JAG, then the
 * jwt-bearer grant at the MCP server's authorization server), or workload identity (SEP-1933: the
 * platform's JWT for this workload as that grant).
 */
export type Grant = "authorization_code" | "client_credentials" | "cross-app" | "workload";
/** The grant_type each grant sends, as grant_types_supported lists it. */
export declare const GRANT_TYPE: Record<Grant, string>;
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
export declare function discover(ctx: FlowContext, serverUrl: URL, challenge?: Challenge, grant?: Grant, confine?: readonly string[]): Promise<Discovered>;
/** Where the request's parameters (scope, resource) are reported: the authorization request, or the token request when there is none. */
export declare const requestStep: (grant: Grant) => "authorization" | "token";
/**
 * SEP-835's order: the scope the challenge asks for, else the resource metadata's
 * scopes_supported, else the person's, else none (the parameter is left out).
 */
export declare function chooseScope(ctx: FlowContext, challenge: Challenge | undefined, prm: ResourceMetadata | undefined, configured: string | undefined, grant?: Grant, previous?: string): string | undefined;

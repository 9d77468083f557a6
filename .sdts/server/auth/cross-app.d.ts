import type { ClientCredentials } from "./client-auth";
import type { DpopKey } from "./dpop";
import { type Discovered } from "./flow";
import { type FlowContext } from "./http";
import { type TokenSet } from "./token";
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
/**
 * RFC 8693 at the IdP: the ID token for an Identity Assertion JWT Authorization Grant (ID-JAG)
 * whose audience is the MCP server's authorization server and whose resource is the MCP server.
 * Reported at the authorization step: it is what a login gives in the code flow, the grant.
 */
export declare function requestIdJag(ctx: FlowContext, d: Discovered, opts: CrossAppOptions, scope: string | undefined): Promise<string>;
/** RFC 7523 §2.1 at the authorization server: the ID-JAG as the grant, the client authenticated as for client credentials. */
export declare function jwtBearerToken(ctx: FlowContext, d: Discovered, client: ClientCredentials, idJag: string, scope: string | undefined, dpop?: DpopKey): Promise<TokenSet>;

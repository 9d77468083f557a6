import { type ClientCredentials } from "./client-auth";
import type { DpopKey } from "./dpop";
import { type FlowContext } from "./http";
import { type AuthServerMetadata } from "./metadata";
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
export declare function jwtAudience(token: string): string[] | undefined;
/**
 * POST the token endpoint with `grant` (code, refresh, client credentials...), authenticating the client as the
 * server's metadata allows, and check what comes back.
 */
export declare function requestToken(ctx: FlowContext, step: "token" | "refresh", meta: AuthServerMetadata, client: ClientCredentials, grant: Record<string, string>, resource: string | undefined, dpop?: DpopKey): Promise<TokenSet>;

import type { CrossAppOptions } from "./cross-app";
import type { DpopMode } from "./dpop";
import type { WorkloadOptions } from "./workload";
import type { Grant } from "./flow";
import type { RegistrationMethod } from "./registration";
import type { AuthEvent } from "../../lib/auth/steps";
export interface OAuthSessionOptions {
    /** The MCP server's URL (Streamable HTTP endpoint or SSE URL). */
    serverUrl: string;
    /** Where the authorization server sends the person back; loopback only. */
    redirectUri: string;
    /** Without a person: follow the authorization endpoint's redirects and take the code from them. */
    nonInteractive?: boolean;
    /** authorization_code (default: a login), client_credentials (machine to machine: no person, no redirect), cross-app (SEP-990) or workload (SEP-1933). */
    grant?: Grant;
    /** Interactive: the URL to open for the person; finish() takes what the redirect brings. */
    onAuthorizationUrl?(url: string): void;
    /** Every exchange, decision, problem and outcome, as it happens. */
    onEvent?(event: AuthEvent): void;
    clientId?: string;
    clientSecret?: string;
    clientMetadataUrl?: string;
    /** client_credentials with private_key_jwt: the PEM text of the key (held in memory only) and its JWS algorithm. */
    clientPrivateKey?: string;
    clientSigningAlg?: string;
    /** grant "cross-app": the IdP's ID token and token endpoint. */
    crossApp?: CrossAppOptions;
    /** grant "workload" (SEP-1933): where the platform's JWT for this workload is. */
    workload?: WorkloadOptions;
    /** DPoP (RFC 9449): auto (default: when the servers ask for it or offer ES256), on, off. */
    dpop?: DpopMode;
    registration?: RegistrationMethod;
    /** Asked for when neither the challenge nor the metadata names a scope. */
    scope?: string;
    /** A token from the environment: sent as is, no flow. */
    accessToken?: string;
    clientName?: string;
    /**
     * Without a person (nonInteractive), the origins besides the authorization server's and the MCP
     * server's that the metadata may name for the token, registration and authorization endpoints.
     */
    allowOrigins?: readonly string[];
    /** How many 403 insufficient_scope step-ups in a row before giving up (default 2). */
    maxStepUps?: number;
    timeoutMs?: number;
    protocolVersion?: string;
    /** The flow's own requests (metadata, registration, token); the global fetch by default. */
    fetch?: typeof fetch;
}
/** What the page or the CLI may show of the session's authorization: secrets masked. */
export interface OAuthStatus {
    authorized: boolean;
    token?: string;
    scope?: string;
    expiresAt?: number;
    clientId?: string;
    hasRefreshToken: boolean;
    /** An authorization URL waiting for finish(). */
    pendingUrl?: string;
    /** How the token held is presented: Bearer, or DPoP (bound to this session's key). */
    tokenType?: "Bearer" | "DPoP";
    /** The DPoP key's RFC 7638 thumbprint, while a DPoP-bound token is held (the token's cnf.jkt). */
    dpopThumbprint?: string;
    /** The authorization server in use (its metadata's issuer). */
    issuer?: string;
    /** What the last authorization response's `iss` check found (SEP-2468). */
    issCheck?: string;
}

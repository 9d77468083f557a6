import { type FlowContext } from "./http";
import { type AuthServerMetadata, type ResourceMetadata } from "./metadata";
/** RFC 8707 §2: the MCP server's URL as a resource indicator (no fragment). */
export declare function resourceOf(serverUrl: URL): string;
/**
 * Whether metadata's `resource` covers the server URL: the same origin and a path that is the
 * server's or a parent of it (as the SDK accepts: one PRM for a whole host is common).
 */
export declare function resourceCovers(resource: string, serverUrl: URL): boolean;
/** RFC 9728 §3.1: the path-aware well-known URL first, then the root one. */
export declare function resourceMetadataUrls(serverUrl: URL): string[];
/**
 * Protected Resource Metadata: from the challenge's `resource_metadata` if given, else the
 * well-known URLs. Undefined when the server has none (the 2025-03-26 fallback follows).
 */
export declare function discoverResourceMetadata(ctx: FlowContext, serverUrl: URL, fromChallenge?: string): Promise<ResourceMetadata | undefined>;
/** RFC 8414 §3.1 and OpenID Discovery, in the order the MCP spec gives (path-aware first). */
export declare function authServerMetadataUrls(issuer: URL): string[];
/** Authorization server metadata, or undefined when none of the well-known URLs has it. */
export declare function discoverAuthServerMetadata(ctx: FlowContext, issuer: string, listed?: boolean): Promise<AuthServerMetadata | undefined>;
/**
 * The 2025-03-26 fallback for a server without metadata: the default endpoints under the
 * authorization base URL (the MCP server's origin).
 */
export declare function fallbackMetadata(base: string): AuthServerMetadata;

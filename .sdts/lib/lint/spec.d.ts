export declare const SPEC: {
    readonly jsonrpcRequest: "https://www.jsonrpc.org/specification#request_object";
    readonly jsonrpcResponse: "https://www.jsonrpc.org/specification#response_object";
    readonly jsonrpcError: "https://www.jsonrpc.org/specification#error_object";
    readonly jsonrpcBatch: "https://www.jsonrpc.org/specification#batch";
    readonly mcpMessages: "https://modelcontextprotocol.io/specification/2025-11-25/basic#messages";
    readonly mcpRequests: "https://modelcontextprotocol.io/specification/2025-11-25/basic#requests";
    readonly mcpResponses: "https://modelcontextprotocol.io/specification/2025-11-25/basic#responses";
    readonly mcpSchema: "https://modelcontextprotocol.io/specification/2025-11-25/schema";
    readonly lifecycleInit: "https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#initialization";
    readonly lifecycleVersion: "https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#version-negotiation";
    readonly lifecycleCapabilities: "https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#capability-negotiation";
    readonly cancellation: "https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/cancellation";
    readonly pagination: "https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/pagination";
    readonly logging: "https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/logging#log-levels";
    readonly stdio: "https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#stdio";
    readonly resumability: "https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#resumability-and-redelivery";
    readonly toolNames: "https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool-names";
    readonly toolSchemas: "https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool";
    readonly toolOutput: "https://modelcontextprotocol.io/specification/2025-11-25/server/tools#output-schema";
    readonly jsonSchemaUsage: "https://modelcontextprotocol.io/specification/2025-11-25/basic#json-schema-usage";
    readonly sampling: "https://modelcontextprotocol.io/specification/2025-11-25/client/sampling#capabilities";
    readonly elicitation: "https://modelcontextprotocol.io/specification/2025-11-25/client/elicitation#capabilities";
    readonly roots: "https://modelcontextprotocol.io/specification/2025-11-25/client/roots#capabilities";
    readonly modernResultType: "https://modelcontextprotocol.io/specification/2026-07-28/basic#resulttype";
    readonly modernMeta: "https://modelcontextprotocol.io/specification/2026-07-28/basic#meta";
    readonly modernDiscover: "https://modelcontextprotocol.io/specification/2026-07-28/server/discover#discoverresult";
    readonly modernVersioning: "https://modelcontextprotocol.io/specification/2026-07-28/basic/versioning#backward-compatibility-with-initialization-based-versions";
    readonly modernInputRequired: "https://modelcontextprotocol.io/specification/2026-07-28/basic/patterns/mrtr#server-requirements-basic-workflow";
    readonly modernCaching: "https://modelcontextprotocol.io/specification/2026-07-28/server/utilities/caching#cacheable-results";
    readonly modernHeaders: "https://modelcontextprotocol.io/specification/2026-07-28/basic/transports/streamable-http#standard-request-headers";
    readonly modernNoSessions: "https://modelcontextprotocol.io/specification/2026-07-28/basic/transports/streamable-http#earlier-streamable-http-revisions";
};
/** The first protocol version of the modern era. */
export declare const MODERN_PROTOCOL_VERSION = "2026-07-28";
/** True for a version of the modern era: a date at or after 2026-07-28 (an unknown later one counts). */
export declare function isModernVersion(v: unknown): boolean;
/** Protocol versions a conforming peer may negotiate (the SDK's list, newest first). */
export declare const KNOWN_PROTOCOL_VERSIONS: readonly string[];
/**
 * True when `version` is at least `since`. Versions are dates, so they compare as strings; an
 * unknown or missing version counts as the newest (the rules of the latest spec apply).
 */
export declare function versionAtLeast(version: string | undefined, since: string): boolean;

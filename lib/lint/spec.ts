import { SUPPORTED_PROTOCOL_VERSIONS } from "../protocol/sdk";

/** Pointers into the specifications the rules enforce. */
const MCP = "https://modelcontextprotocol.io/specification/2025-11-25";
/** The modern era (per-request `_meta`, `server/discover`, no sessions). */
const MCP_MODERN = "https://modelcontextprotocol.io/specification/2026-07-28";
const JSONRPC = "https://www.jsonrpc.org/specification";

export const SPEC = {
  jsonrpcRequest: `${JSONRPC}#request_object`,
  jsonrpcResponse: `${JSONRPC}#response_object`,
  jsonrpcError: `${JSONRPC}#error_object`,
  jsonrpcBatch: `${JSONRPC}#batch`,
  mcpMessages: `${MCP}/basic#messages`,
  mcpRequests: `${MCP}/basic#requests`,
  mcpResponses: `${MCP}/basic#responses`,
  mcpSchema: `${MCP}/schema`,
  lifecycleInit: `${MCP}/basic/lifecycle#initialization`,
  lifecycleVersion: `${MCP}/basic/lifecycle#version-negotiation`,
  lifecycleCapabilities: `${MCP}/basic/lifecycle#capability-negotiation`,
  cancellation: `${MCP}/basic/utilities/cancellation`,
  pagination: `${MCP}/server/utilities/pagination`,
  logging: `${MCP}/server/utilities/logging#log-levels`,
  stdio: `${MCP}/basic/transports#stdio`,
  resumability: `${MCP}/basic/transports#resumability-and-redelivery`,
  toolNames: `${MCP}/server/tools#tool-names`,
  toolSchemas: `${MCP}/server/tools#tool`,
  toolOutput: `${MCP}/server/tools#output-schema`,
  jsonSchemaUsage: `${MCP}/basic#json-schema-usage`,
  sampling: `${MCP}/client/sampling#capabilities`,
  elicitation: `${MCP}/client/elicitation#capabilities`,
  roots: `${MCP}/client/roots#capabilities`,
  modernResultType: `${MCP_MODERN}/basic#resulttype`,
  modernMeta: `${MCP_MODERN}/basic#meta`,
  modernDiscover: `${MCP_MODERN}/server/discover#discoverresult`,
  modernVersioning: `${MCP_MODERN}/basic/versioning#backward-compatibility-with-initialization-based-versions`,
  modernInputRequired: `${MCP_MODERN}/basic/patterns/mrtr#server-requirements-basic-workflow`,
  modernCaching: `${MCP_MODERN}/server/utilities/caching#cacheable-results`,
  modernHeaders: `${MCP_MODERN}/basic/transports/streamable-http#standard-request-headers`,
  modernNoSessions: `${MCP_MODERN}/basic/transports/streamable-http#earlier-streamable-http-revisions`,
} as const;

/** The first protocol version of the modern era. */
export const MODERN_PROTOCOL_VERSION = "2026-07-28";

/** True for a version of the modern era: a date at or after 2026-07-28 (an unknown later one counts). */
export function isModernVersion(v: unknown): boolean {
  return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && v >= MODERN_PROTOCOL_VERSION;
}

/** Protocol versions a conforming peer may negotiate (the SDK's list, newest first). */
export const KNOWN_PROTOCOL_VERSIONS: readonly string[] = SUPPORTED_PROTOCOL_VERSIONS;

/**
 * True when `version` is at least `since`. Versions are dates, so they compare as strings; an
 * unknown or missing version counts as the newest (the rules of the latest spec apply).
 */
export function versionAtLeast(version: string | undefined, since: string): boolean {
  if (!version || !KNOWN_PROTOCOL_VERSIONS.includes(version)) return true;
  return version >= since;
}

/**
 * One App tool as the official inspector's CLI 2.12.0 reports it with `--app-info` (core/mcp/apps.ts
 * `extractAppInfo`): one JSON line per tool of `tools/list`, or the one of `tools/call --tool-name`.
 * Keys in its order; optional ones only when present.
 */
export interface AppInfo {
    hasApp: boolean;
    toolName: string;
    resourceUri?: string;
    visibility?: unknown;
    csp?: unknown;
    permissions?: unknown;
    domain?: unknown;
    prefersBorder?: unknown;
    resourceMimeType?: string;
    /** The resource could not be read, or the tool's resourceUri is not a ui:// URI. */
    resourceError?: string;
}
/**
 * What `--app-info` prints for `tool` (pure). Without `read` it is the tool's own part (what to
 * read next: `resourceUri`); with the read of that resource (its result, or the error's message)
 * it is the whole line, CSP, permissions and domain from the resource's `_meta.ui`. A failed
 * read's `error` is the JSON-RPC error's message as the server sent it (the official CLI prints
 * that, e.g. "MCP error -32602: Resource … not found" from an SDK 1.x server).
 */
export declare function appInfoOf(tool: {
    name: string;
    _meta?: unknown;
}, read?: {
    result?: unknown;
    error?: string;
}): AppInfo;

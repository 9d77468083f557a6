import type * as Mcp from "@modelcontextprotocol/client";
/**
 * The MCP shapes the page reads, from the SDK's types (type-only: no SDK code comes with them).
 * Everything a target sends is untrusted, so each shape is loosened where a target may omit a
 * field or send a value the spec does not name; fields are checked where they are used.
 */
export type Icon = Mcp.Icon;
export type ToolAnnotations = Mcp.ToolAnnotations;
/** A JSON Schema as a target sends it: the spec says `"type": "object"`, lint checks it, the page does not assume it. */
export type JsonSchemaObject = Record<string, unknown>;
/** A tool: only `name` is sure (asTools keeps no other); its schemas may be missing or malformed. */
export type Tool = Pick<Mcp.Tool, "name"> & Partial<Omit<Mcp.Tool, "name" | "inputSchema" | "outputSchema" | "execution">> & {
    inputSchema?: JsonSchemaObject;
    outputSchema?: JsonSchemaObject;
    /** 2025-11-25: whether the tool may (optional), must (required) or must not run as a task; a later value is kept, not refused. */
    execution?: {
        taskSupport?: NonNullable<Mcp.Tool["execution"]>["taskSupport"] | (string & {});
    };
};
export type ListToolsResult = Pick<Mcp.ListToolsResult, "nextCursor"> & {
    tools: Tool[];
};
/** A server's or client's name and version (serverInfo): a target may leave out any of it. */
export type Implementation = Partial<Mcp.Implementation>;
/** A content type this inspector does not know yet: shown as JSON, never dropped. */
export interface UnknownContentBlock {
    type: string;
    [k: string]: unknown;
}
export type ContentBlock = Mcp.ContentBlock | UnknownContentBlock;
/** A tools/call result: content may be missing, structuredContent may be any JSON (lint and the outputSchema verdict judge it). */
export type CallToolResult = Pick<Mcp.CallToolResult, "isError" | "_meta"> & {
    content?: ContentBlock[];
    structuredContent?: unknown;
};
export declare function asTools(value: unknown): Tool[];

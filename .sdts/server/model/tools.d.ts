import { type ToolSet } from "ai";
import type { Tool as McpTool } from "../../lib/protocol/shapes";
export type { McpTool };
/**
 * The server's tools (tools/list entries) as AI SDK tools with no `execute`: the model proposes
 * calls, and the inspector runs them through the engine after the person's decision, so each
 * call is a tools/call in the record like any other.
 */
export declare function toolsForModel(tools: readonly McpTool[]): ToolSet;
/**
 * Why a tool call the model made cannot go out as it is, or undefined when it can: a tool the
 * server did not list, or arguments its inputSchema refuses (issue 40: shown as such, and sent
 * only when the person approves).
 */
export declare function toolCallProblem(tools: readonly McpTool[], name: string, args: unknown): string | undefined;

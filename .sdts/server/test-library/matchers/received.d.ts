import type { McpSession, ToolResult } from "../types";
/** A value that is what session.callTool resolves with. */
export declare function isToolResult(v: unknown): v is ToolResult;
export declare function isSession(v: unknown): v is McpSession;
/** Why a matcher cannot judge what it was given (a Promise not awaited is the usual case). */
export declare function notA(what: string, matcher: string, v: unknown): string;

import type { McpSession, ToolResult } from "../types";
import { jsonLine } from "./show";

/** A value that is what session.callTool resolves with. */
export function isToolResult(v: unknown): v is ToolResult {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Partial<ToolResult>;
  return typeof r.tool === "string" && Array.isArray(r.content) && typeof r.isError === "boolean";
}

export function isSession(v: unknown): v is McpSession {
  return typeof v === "object" && v !== null && typeof (v as Partial<McpSession>).findings === "function";
}

/** Why a matcher cannot judge what it was given (a Promise not awaited is the usual case). */
export function notA(what: string, matcher: string, v: unknown): string {
  const hint = v instanceof Promise ? " (a Promise: did you forget `await`?)" : "";
  const got = v === undefined ? "undefined" : v instanceof Promise ? "a Promise" : jsonLine(v);
  return `${matcher}() expects ${what}, but received ${got}${hint}`;
}

import type { OutputVerdict } from "../../lib/protocol/output-verdict-schema";
import { isObject } from "../../lib/json/shape";
import type { ContentBlock, ToolResult } from "./types";

/** A tools/call result as the test sees it: the fields as sent (content always a list, isError always a boolean) and the verdict. */
export function toolResultOf(tool: string, raw: Record<string, unknown>, verdict: OutputVerdict | null, latencyMs: number): ToolResult {
  return {
    tool,
    content: Array.isArray(raw.content) ? (raw.content as ContentBlock[]) : [],
    ...(isObject(raw.structuredContent) ? { structuredContent: raw.structuredContent } : {}),
    isError: raw.isError === true,
    ...(isObject(raw._meta) ? { _meta: raw._meta } : {}),
    raw,
    outputSchema: verdict,
    latencyMs,
  };
}

import type { OutputVerdict } from "../../lib/protocol/output-verdict-schema";
import { isObject } from "../../lib/json/shape";
import { withoutReservedMeta } from "../../lib/protocol/era-fields";
import type { ContentBlock, ToolResult } from "./types";

/** A tools/call result as the test sees it: the fields as sent (content always a list, isError always a boolean) and the verdict. */
export function toolResultOf(tool: string, raw: Record<string, unknown>, verdict: OutputVerdict | null, latencyMs: number): ToolResult {
  // Built by assignment: the optional fields' conditional spreads showed in each call's profile (bench figure 9.2).
  const r: ToolResult = {
    tool,
    content: Array.isArray(raw.content) ? (raw.content as ContentBlock[]) : [],
    isError: raw.isError === true,
    raw,
    outputSchema: verdict,
    latencyMs,
  };
  if (isObject(raw.structuredContent)) r.structuredContent = raw.structuredContent;
  // The keys MCP reserves are the protocol's envelope (2026-07-28 puts serverInfo on every result), not the tool's: raw keeps them.
  const meta = isObject(raw._meta) ? withoutReservedMeta(raw._meta) : undefined;
  if (meta) r._meta = meta;
  return r;
}

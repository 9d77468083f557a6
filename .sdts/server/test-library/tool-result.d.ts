import type { OutputVerdict } from "../../lib/protocol/output-verdict-schema";
import type { ToolResult } from "./types";
/** A tools/call result as the test sees it: the fields as sent (content always a list, isError always a boolean) and the verdict. */
export declare function toolResultOf(tool: string, raw: Record<string, unknown>, verdict: OutputVerdict | null, latencyMs: number): ToolResult;

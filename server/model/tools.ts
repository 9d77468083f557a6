import { jsonSchema, tool, type ToolSet } from "ai";
import type { Tool as McpTool } from "../../lib/protocol/shapes";
import { SchemaValidator } from "../../lib/protocol/output-verdict";
import { asRecord } from "../../lib/json/shape";

export type { McpTool };

/** What a tool without an inputSchema takes (MCP: inputSchema is required; a broken server omits it). */
const ANY_OBJECT = { type: "object", properties: {} };

/**
 * The server's tools (tools/list entries) as AI SDK tools with no `execute`: the model proposes
 * calls, and the inspector runs them through the engine after the person's decision, so each
 * call is a tools/call in the record like any other.
 */
export function toolsForModel(tools: readonly McpTool[]): ToolSet {
  const set: ToolSet = {};
  for (const t of tools) {
    const schema = t.inputSchema && typeof t.inputSchema === "object" ? t.inputSchema : ANY_OBJECT;
    set[t.name] = tool({
      description: t.description ?? t.title ?? "",
      inputSchema: jsonSchema(schema as Parameters<typeof jsonSchema>[0]),
    });
  }
  return set;
}

const validator = new SchemaValidator();

/**
 * Why a tool call the model made cannot go out as it is, or undefined when it can: a tool the
 * server did not list, or arguments its inputSchema refuses (issue 40: shown as such, and sent
 * only when the person approves).
 */
export function toolCallProblem(tools: readonly McpTool[], name: string, args: unknown): string | undefined {
  const t = tools.find((x) => x.name === name);
  if (!t) return `the server has no tool named ${JSON.stringify(name)}`;
  if (typeof args !== "object" || args === null || Array.isArray(args)) return "the arguments are not a JSON object";
  if (!t.inputSchema || typeof t.inputSchema !== "object") return undefined;
  const v = validator.compile(t.inputSchema);
  if (v instanceof Error) return undefined; // A schema that does not compile is the server's problem (lint says so), not the call's.
  if (v(asRecord(args))) return undefined;
  const first = v.errors?.[0];
  return `the arguments do not match the tool's inputSchema: ${first ? `${first.instancePath || "(top)"} ${first.message}` : "invalid"}`;
}

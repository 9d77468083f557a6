import { McpHarnessError } from "./errors";
import type { ToolResult } from "./types";

/**
 * A call that failed for a tool the server does not list is an unknown tool, whichever way the
 * server said it (a JSON-RPC error, or an isError result as the SDK's McpServer answers): the
 * error names the tool, what the server said, and what it does list. Undefined when the tool is
 * listed (a -32602 for it is about its arguments) or no listing is known: the kind comes from the
 * list, never from the wording of the server's message.
 */
export function unknownTool(
  call: string,
  name: string,
  listed: ReadonlySet<string> | undefined,
  result?: ToolResult,
  rpc?: { code: number; message: string; data?: unknown },
): McpHarnessError | undefined {
  if (!listed || listed.has(name)) return undefined;
  const said = result?.content.find((c) => c.type === "text")?.text ?? rpc?.message;
  const known = [...listed].slice(0, 20).join(", ");
  return new McpHarnessError(
    "tool_not_found",
    call,
    `the server has no tool ${JSON.stringify(name)}${said ? ` (it said: ${said})` : ""}; it lists: ${known || "no tools"}`,
    rpc ? { rpc } : {},
  );
}

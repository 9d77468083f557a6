import type { Step } from "../../lib/collections/schema";
import { jsonEqual } from "../../lib/collections/json-path";
import type { SchemaValidator } from "../../lib/protocol/output-verdict";
import type { McpSession, OutputSchemaVerdict, Tool } from "../test-library/types";

/** What a step got back: a result, a JSON-RPC error, or why there is neither (a time limit, the connection). */
export interface StepResponse {
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
  latencyMs: number;
  outputVerdict?: OutputSchemaVerdict | null;
  failure?: { kind: "timeout" | "closed" | "other"; message: string };
}

/** The tools a session lists, asked once per run (for each tool's outputSchema). */
export type ToolCatalog = { tools?: Promise<Map<string, Tool>> };

/**
 * Send one (filled-in) step through the session's public calls, so it is recorded and linted as
 * any other. A tool step goes as a plain tools/call request, not callTool: a collection judges
 * the answer exactly as sent (callTool turns an unknown tool's isError result into a thrown error).
 */
export async function sendStep(
  session: McpSession,
  step: Step,
  timeoutMs: number,
  catalog: ToolCatalog,
  validator: SchemaValidator,
): Promise<StepResponse> {
  const started = performance.now();
  const since = () => performance.now() - started;
  const o = { timeout: timeoutMs };
  try {
    if (step.tool) {
      const tools = await (catalog.tools ??= session.listTools(o).then((l) => new Map(l.tools.map((t) => [t.name, t]))));
      const t0 = performance.now();
      const result = await session.request("tools/call", { name: step.tool, arguments: step.arguments ?? {} }, o);
      const latencyMs = performance.now() - t0;
      const schema = tools.get(step.tool)?.outputSchema;
      return { result, latencyMs, outputVerdict: schema ? validator.verdictFor(schema, result) : null };
    }
    if (step.resource) return { result: await session.readResource(step.resource, o), latencyMs: since() };
    if (step.prompt) return { result: await session.getPrompt(step.prompt, stringArgs(step.arguments), o), latencyMs: since() };
    if (step.notification) {
      const w = typeof step.notification === "string" ? { method: step.notification } : step.notification;
      const want = w.params;
      const n = await session.waitForNotification(
        w.method,
        want ? (x) => Object.entries(want).every(([k, v]) => jsonEqual(x.params[k], v)) : undefined,
        o,
      );
      return { result: n, latencyMs: since() };
    }
    return { result: await session.request(step.method!, step.params ?? {}, o), latencyMs: since() };
  } catch (e) {
    const err = e as { kind?: string; rpc?: StepResponse["error"]; message?: string };
    if (err.rpc) return { error: err.rpc, latencyMs: since() };
    if (err.kind === "timeout")
      return { latencyMs: since(), failure: { kind: "timeout", message: `no answer within its time limit (${timeoutMs} ms)` } };
    const closed = err.kind === "closed" || err.kind === "not_connected";
    return { latencyMs: since(), failure: { kind: closed ? "closed" : "other", message: err.message ?? String(e) } };
  }
}

/** prompts/get's arguments are strings (MCP): a number written in YAML is sent as its text. */
function stringArgs(a: Record<string, unknown> | undefined): Record<string, string> | undefined {
  return a && Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}

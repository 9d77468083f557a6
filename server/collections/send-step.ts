import type { Step } from "../../lib/collections/schema";
import { jsonEqual } from "../../lib/collections/json-path";
import type { McpSession, OutputSchemaVerdict } from "../api/types";

/** What a step got back: a result, a JSON-RPC error, or why there is neither (a time limit, the connection). */
export interface StepResponse {
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
  latencyMs: number;
  outputVerdict?: OutputSchemaVerdict | null;
  failure?: { kind: "timeout" | "closed" | "other"; message: string };
}

/** Send one (filled-in) step through the session's public calls, so it is recorded and linted as any other. */
export async function sendStep(session: McpSession, step: Step, timeoutMs: number): Promise<StepResponse> {
  const started = performance.now();
  const since = () => performance.now() - started;
  const o = { timeout: timeoutMs };
  try {
    if (step.tool) {
      const r = await session.callTool(step.tool, step.arguments ?? {}, o);
      return { result: r.raw, latencyMs: r.latencyMs, outputVerdict: r.outputSchema };
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

import type { Step } from "../../lib/collections/schema";
import { jsonEqual } from "../../lib/collections/json-path";
import type { SchemaValidator } from "../../lib/protocol/output-verdict";
import type { McpSession, OutputSchemaVerdict, ResourceSubscription, Tool } from "../test-library/types";
import { FaultError } from "../engine";
import { asRecord } from "../../lib/json/shape";

/** What a step got back: a result, a JSON-RPC error, or why there is neither (a time limit, the connection). */
export interface StepResponse {
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
  latencyMs: number;
  outputVerdict?: OutputSchemaVerdict | null;
  failure?: { kind: "timeout" | "closed" | "other"; message: string };
}

/**
 * What a run keeps between steps: the tools a session lists, asked once per run (for each tool's
 * outputSchema), and the subscriptions a 2026-07-28 connection holds open for its
 * `resources/subscribe` steps until a `resources/unsubscribe` step ends them.
 */
export type ToolCatalog = { tools?: Promise<Map<string, Tool>>; subscriptions?: Map<string, ResourceSubscription> };

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
      // With a progress token, as a host sends one: a server reports progress only to a request
      // that asked for it, and a following `notification: notifications/progress` step waits for it.
      const result = await session.request(
        "tools/call",
        { name: step.tool, arguments: step.arguments ?? {} },
        { ...o, onProgress: () => undefined },
      );
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
    const held = await eraSubscription(session, step, catalog);
    if (held) return { result: held, latencyMs: since() };
    return { result: await session.request(step.method!, step.params ?? {}, o), latencyMs: since() };
  } catch (e) {
    const err = e as { kind?: string; rpc?: StepResponse["error"]; message?: string };
    if (err.rpc) return { error: err.rpc, latencyMs: since() };
    if (err.kind === "timeout") {
      const waited = step.notification && (typeof step.notification === "string" ? step.notification : step.notification.method);
      const message = waited
        ? `${waited}${typeof step.notification === "object" && step.notification.params ? ` with params ${JSON.stringify(step.notification.params)}` : ""} did not come within ${timeoutMs} ms (the step's time limit)`
        : `no answer within its time limit (${timeoutMs} ms)${faultWords(e)}`;
      return { latencyMs: since(), failure: { kind: "timeout", message } };
    }
    const closed = err.kind === "closed" || err.kind === "not_connected";
    return { latencyMs: since(), failure: { kind: closed ? "closed" : "other", message: err.message ?? String(e) } };
  }
}

/** prompts/get's arguments are strings (MCP): a number written in YAML is sent as its text. */
function stringArgs(a: Record<string, unknown> | undefined): Record<string, string> | undefined {
  return a && Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}

/**
 * `resources/subscribe` and `resources/unsubscribe` are 2025-11-25 methods: a 2026-07-28 server
 * subscribes through `subscriptions/listen`, held open (and answers the 2025 methods "Method not
 * found"). A step written with them (as --from-session writes a 2025 recording) means the same in
 * either era, so on a modern connection it goes through the session's own subscribe, and succeeds
 * with the empty result the 2025 method answers. Undefined for every other step or era.
 */
async function eraSubscription(session: McpSession, step: Step, catalog: ToolCatalog): Promise<Record<string, never> | undefined> {
  const method = step.method;
  if (session.negotiated.era !== "modern" || (method !== "resources/subscribe" && method !== "resources/unsubscribe")) return undefined;
  const uri = step.params?.uri;
  if (typeof uri !== "string") return undefined;
  const subs = (catalog.subscriptions ??= new Map());
  if (method === "resources/subscribe") {
    if (!subs.has(uri)) subs.set(uri, await session.subscribe(uri));
  } else {
    await subs.get(uri)?.unsubscribe();
    subs.delete(uri);
  }
  return {};
}

/** What the engine saw below MCP when a step's time ran out (a stalled stream, unread stdin), after a semicolon; "" when nothing. */
function faultWords(e: unknown): string {
  const cause = asRecord(e).cause;
  return cause instanceof FaultError && cause.seen ? `; ${cause.seen}` : "";
}

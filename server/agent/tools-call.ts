import * as z from "zod";
import { rpcFailure } from "../test-library/failure";
import { toolResultOf } from "../test-library/tool-result";
import { unknownTool } from "../test-library/unknown-tool";
import { asRecord } from "../../lib/json/shape";
import type { ToolCallOutcome, RequestOutcome } from "../../lib/wire/protocol";
import { agentError } from "./errors";
import { tool } from "./define";
import { NAME } from "./tools-connect";
import { describeConnection } from "./describe";
import { outcomeOrHeld } from "./waiting";
import type { AgentConnection } from "./connection";

const KINDS = {
  tools: { method: "tools/list", key: "tools" },
  resources: { method: "resources/list", key: "resources" },
  resourceTemplates: { method: "resources/templates/list", key: "resourceTemplates" },
  prompts: { method: "prompts/list", key: "prompts" },
} as const;

const TIMEOUT = z.number().int().positive().max(600_000).optional().describe("time limit in ms (default the connection's)");
const HELD = {
  status: z.enum(["done", "waiting"]),
  requestSeq: z.number().optional(),
  pending: z.unknown().optional(),
  note: z.string().optional(),
};

const list = tool({
  name: "list",
  description:
    "One page of the server's tools (with their input and output schemas), resources, resource templates or prompts. Pass nextCursor back as cursor for the next page.",
  input: { name: NAME, kind: z.enum(["tools", "resources", "resourceTemplates", "prompts"]), cursor: z.string().optional() },
  output: { kind: z.string(), items: z.array(z.unknown()), nextCursor: z.string().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("list", a.name);
    const { method, key } = KINDS[a.kind];
    const { result } = await c.request(method, a.cursor ? { cursor: a.cursor } : undefined);
    const r = asRecord(result);
    const items = Array.isArray(r[key]) ? (r[key] as unknown[]) : [];
    return { kind: a.kind, items, ...(typeof r.nextCursor === "string" && r.nextCursor ? { nextCursor: r.nextCursor } : {}) };
  },
});

const callTool = tool({
  name: "call_tool",
  description:
    "Call one of the server's tools (tools/call sent as is). Returns its result as sent (a tool error is a result: isError true), the check against the tool's outputSchema, the latency. If the server asks the client something meanwhile (sampling, elicitation) that only you can answer, returns status \"waiting\" with the request: answer it with answer_request, then await_call.",
  input: {
    name: NAME,
    tool: z.string().min(1).describe("the tool's name"),
    arguments: z.record(z.string(), z.unknown()).optional(),
    timeoutMs: TIMEOUT,
  },
  output: { ...HELD, result: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("call_tool", a.name);
    const sent = c.callTool(a.tool, a.arguments ?? {}, a.timeoutMs ? { timeoutMs: a.timeoutMs } : {});
    return settle(c, sent.requestSeq, sent.outcome, (o) => toolAnswer(c, a.tool, o));
  },
});

const awaitCall = tool({
  name: "await_call",
  description: 'The outcome of a call that answered status "waiting" (after you answered the server\'s request), by its requestSeq.',
  input: { name: NAME, requestSeq: z.number().int().positive() },
  output: { ...HELD, result: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("await_call", a.name);
    const outcome = c.engine.outcomeOf(a.requestSeq);
    return settle(c, a.requestSeq, outcome, (o) =>
      "verdict" in o ? toolAnswer(c, toolNameOf(c, a.requestSeq), o as ToolCallOutcome) : { result: (o as RequestOutcome).result },
    );
  },
});

const readResource = tool({
  name: "read_resource",
  description: "Read a resource by URI (resources/read). Binary contents are summarized by type and size.",
  input: { name: NAME, uri: z.string().min(1), timeoutMs: TIMEOUT },
  output: { ...HELD, result: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("read_resource", a.name);
    const sent = c.send("resources/read", { uri: a.uri }, a.timeoutMs ? { timeoutMs: a.timeoutMs } : {});
    return settle(c, sent.requestSeq, sent.outcome, (o) => ({ result: o.result }));
  },
});

const getPrompt = tool({
  name: "get_prompt",
  description: "Get a prompt with its arguments (prompts/get).",
  input: { name: NAME, prompt: z.string().min(1), arguments: z.record(z.string(), z.string()).optional(), timeoutMs: TIMEOUT },
  output: { ...HELD, result: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("get_prompt", a.name);
    const sent = c.send("prompts/get", { name: a.prompt, arguments: a.arguments ?? {} }, a.timeoutMs ? { timeoutMs: a.timeoutMs } : {});
    return settle(c, sent.requestSeq, sent.outcome, (o) => ({ result: o.result }));
  },
});

const sendRequest = tool({
  name: "send_request",
  description:
    "Send any JSON-RPC request (or, with notification true, a notification) to the server as is: ping, logging/setLevel, completion/complete, a method of your own. Returns its result as sent.",
  input: {
    name: NAME,
    method: z.string().min(1),
    params: z.record(z.string(), z.unknown()).optional(),
    notification: z.boolean().optional(),
    timeoutMs: TIMEOUT,
  },
  output: { ...HELD, result: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("send_request", a.name);
    if (a.notification) {
      await c.engine.notify(a.method, a.params);
      return { status: "done", note: "notification sent" };
    }
    const sent = c.send(a.method, a.params, a.timeoutMs ? { timeoutMs: a.timeoutMs } : {});
    return settle(c, sent.requestSeq, sent.outcome, (o) => ({ result: o.result }));
  },
});

async function settle<T>(
  c: AgentConnection,
  requestSeq: number,
  outcome: Promise<T>,
  shape: (o: T) => Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const w = await outcomeOrHeld(c, outcome);
  if ("held" in w)
    return {
      status: "waiting",
      requestSeq,
      pending: describeConnection(c).pending,
      note: "the server asked the client something: answer it with answer_request (pendingId), then call await_call with this requestSeq",
    };
  return { status: "done", requestSeq, ...shape(w.done) };
}

function toolAnswer(c: AgentConnection, name: string, o: ToolCallOutcome): Record<string, unknown> {
  const call = `call_tool(${JSON.stringify(name)})`;
  // An unknown tool is its own kind, whichever way the server says it (see api/unknown-tool.ts).
  const tools = c.surface?.lists.tools;
  const listed = tools?.listed ? new Set(tools.items.map((t) => String(t.name))) : undefined;
  if (o.error) throw unknownTool(call, name, listed) ?? rpcFailure(call, o.error);
  const r = toolResultOf(name, asRecord(o.result), o.verdict, o.durationMs);
  const unknown = r.isError ? unknownTool(call, name, listed, r) : undefined;
  if (unknown) throw unknown;
  return {
    result: {
      isError: r.isError,
      content: r.content,
      ...(r.structuredContent ? { structuredContent: r.structuredContent } : {}),
      outputSchema: r.outputSchema,
      latencyMs: Math.round(r.latencyMs),
    },
  };
}

function toolNameOf(c: AgentConnection, requestSeq: number): string {
  const e = c.link.record.get(requestSeq);
  const name = e?.kind === "message" ? asRecord(asRecord(asRecord(e.message).params)).name : undefined;
  if (typeof name !== "string") throw agentError("usage", "await_call", `#${requestSeq} is no tools/call this connection sent`);
  return name;
}

export const CALL_TOOLS = [list, callTool, awaitCall, readResource, getPrompt, sendRequest];

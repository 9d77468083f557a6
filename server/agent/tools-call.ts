import * as z from "zod";
import { rpcFailure } from "../test-library/failure";
import { toolResultOf } from "../test-library/tool-result";
import { unknownTool } from "../test-library/unknown-tool";
import { asRecord, isObject } from "../../lib/json/shape";
import type { ToolCallOutcome, RequestOutcome } from "../../lib/wire/protocol";
import { agentError, UntrustedError } from "./errors";
import { untrusted } from "./untrusted";
import { READ_ONLY, SENDS, tool } from "./define";
import { CONNECTION_ARG } from "./connection-arg";
import { UNTRUSTED_LINE } from "./untrusted";
import { describeConnection } from "./describe";
import { outcomeOrHeld, PERSON_WAIT_MS } from "./waiting";
import { inputWarnings, listTools, serverAskHint } from "./call-checks";
import type { AgentConnection } from "./connection";

const KINDS = {
  tools: { method: "tools/list", key: "tools", capability: "tools" },
  resources: { method: "resources/list", key: "resources", capability: "resources" },
  resourceTemplates: { method: "resources/templates/list", key: "resourceTemplates", capability: "resources" },
  prompts: { method: "prompts/list", key: "prompts", capability: "prompts" },
} as const;

const TIMEOUT = z.number().int().positive().max(600_000).optional().describe("ms; also how long the person may keep it waiting");
const HELD = {
  status: z.enum(["done", "waiting"]),
  waitingFor: z.enum(["agent", "person"]).optional(),
  requestSeq: z.number().optional(),
  pending: z.unknown().optional(),
  note: z.string().optional(),
  untrusted: z.unknown().optional(),
};

const list = tool({
  name: "list",
  description: "One page of tools (with schemas), resources, resourceTemplates or prompts. " + UNTRUSTED_LINE,
  input: {
    connection: CONNECTION_ARG,
    kind: z.enum(["tools", "resources", "resourceTemplates", "prompts"]),
    cursor: z.string().optional(),
  },
  annotations: READ_ONLY,
  output: { kind: z.string(), count: z.number(), note: z.string().optional(), untrusted: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("list", a.connection);
    const { method, key, capability } = KINDS[a.kind];
    // As the CLI: a list the server declares no capability for is not sent (it would answer a bare -32601).
    const caps = c.state().negotiated?.serverCapabilities;
    if (c.state().status === "connected" && caps && !(capability in caps))
      return { kind: a.kind, count: 0, note: `the server declares no ${capability} capability: ${method} not sent, an empty list` };
    const { result } = await c.request(method, a.cursor ? { cursor: a.cursor } : undefined);
    const r = asRecord(result);
    const items = Array.isArray(r[key]) ? (r[key] as unknown[]) : [];
    return {
      kind: a.kind,
      count: items.length,
      ...untrusted({ items, nextCursor: typeof r.nextCursor === "string" && r.nextCursor ? r.nextCursor : undefined }),
    };
  },
});

const callTool = tool({
  name: "call_tool",
  description:
    'Call a tool: its result, the outputSchema verdict, inputSchema warnings. A server request meanwhile answers status "waiting". ' +
    UNTRUSTED_LINE,
  input: {
    connection: CONNECTION_ARG,
    tool: z.string().min(1),
    arguments: z.record(z.string(), z.unknown()).optional(),
    timeoutMs: TIMEOUT,
  },
  annotations: SENDS,
  output: { ...HELD, result: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("call_tool", a.connection);
    // Judged against the tools this process listed: listed first when nobody has (the page's connection).
    const tools = c.listedTools() ?? (await listTools(c));
    const warnings = inputWarnings(tools.get(a.tool), a.arguments ?? {});
    const sent = c.callTool(a.tool, a.arguments ?? {}, a.timeoutMs ? { timeoutMs: a.timeoutMs } : {});
    const answer = await settle(c, sent.requestSeq, sent.outcome, (o) => toolAnswer(c, a.tool, o, tools), a.timeoutMs);
    // Ajv's words quote the server's schema (property names, enum values): untrusted.
    return warnings.length ? { ...answer, inputWarnings: { count: warnings.length, untrusted: { warnings } } } : answer;
  },
});

const awaitCall = tool({
  name: "await_call",
  description: 'The outcome of a call that answered "waiting", by requestSeq.',
  input: { connection: CONNECTION_ARG, requestSeq: z.number().int().positive(), timeoutMs: TIMEOUT },
  annotations: READ_ONLY,
  output: { ...HELD, result: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("await_call", a.connection);
    const outcome = c.engine.outcomeOf(a.requestSeq);
    return settle(
      c,
      a.requestSeq,
      outcome,
      (o) =>
        "verdict" in o
          ? toolAnswer(c, toolNameOf(c, a.requestSeq), o as ToolCallOutcome)
          : untrusted({ result: (o as RequestOutcome).result }),
      a.timeoutMs,
    );
  },
});

const readResource = tool({
  name: "read_resource",
  description: "resources/read; binary summarized.",
  input: { connection: CONNECTION_ARG, uri: z.string().min(1), timeoutMs: TIMEOUT },
  annotations: SENDS,
  output: { ...HELD, result: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("read_resource", a.connection);
    const sent = c.send("resources/read", { uri: a.uri }, a.timeoutMs ? { timeoutMs: a.timeoutMs } : {});
    return settle(c, sent.requestSeq, sent.outcome, (o) => untrusted({ result: o.result }), a.timeoutMs);
  },
});

const getPrompt = tool({
  name: "get_prompt",
  description: "prompts/get.",
  input: {
    connection: CONNECTION_ARG,
    prompt: z.string().min(1),
    arguments: z.record(z.string(), z.string()).optional(),
    timeoutMs: TIMEOUT,
  },
  annotations: SENDS,
  output: { ...HELD, result: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("get_prompt", a.connection);
    const sent = c.send("prompts/get", { name: a.prompt, arguments: a.arguments ?? {} }, a.timeoutMs ? { timeoutMs: a.timeoutMs } : {});
    return settle(c, sent.requestSeq, sent.outcome, (o) => untrusted({ result: o.result }), a.timeoutMs);
  },
});

const sendRequest = tool({
  name: "send_request",
  description: "Any JSON-RPC request (or notification) as is: ping, logging/setLevel, completion/complete…",
  input: {
    connection: CONNECTION_ARG,
    method: z.string().min(1),
    params: z.record(z.string(), z.unknown()).optional(),
    notification: z.boolean().optional(),
    timeoutMs: TIMEOUT,
  },
  annotations: SENDS,
  output: { ...HELD, result: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("send_request", a.connection);
    if (a.notification) {
      await c.engine.notify(a.method, a.params);
      return { status: "done", note: "notification sent" };
    }
    const sent = c.send(a.method, a.params, a.timeoutMs ? { timeoutMs: a.timeoutMs } : {});
    return settle(c, sent.requestSeq, sent.outcome, (o) => untrusted({ result: o.result }), a.timeoutMs);
  },
});

async function settle<T>(
  c: AgentConnection,
  requestSeq: number,
  outcome: Promise<T>,
  shape: (o: T) => Record<string, unknown>,
  timeoutMs?: number,
): Promise<Record<string, unknown>> {
  let done: Record<string, unknown>;
  try {
    const w = await outcomeOrHeld(c, outcome, timeoutMs ?? PERSON_WAIT_MS);
    if ("held" in w)
      return {
        status: "waiting",
        waitingFor: w.held,
        requestSeq,
        pending: describeConnection(c).pending,
        note:
          w.held === "person"
            ? "the server asked the person something (in the page's Requests tab): await_call with this requestSeq waits for their answer"
            : "the server asked the client something: answer it with answer_request (pendingId), then await_call with this requestSeq",
      };
    done = { status: "done", requestSeq, ...shape(w.done) };
  } catch (e) {
    // The first thing an agent meets when its server samples: a bare -32601 said nothing of why.
    const hint = serverAskHint(c, requestSeq);
    if (hint && e instanceof Error) {
      e.message = `${e.message} (hint: ${hint})`;
      (e as Error & { hint?: string }).hint = hint;
    }
    throw e;
  }
  const hint = serverAskHint(c, requestSeq);
  return hint ? { ...done, hint } : done;
}

function toolAnswer(c: AgentConnection, name: string, o: ToolCallOutcome, tools?: Map<string, unknown>): Record<string, unknown> {
  const call = `call_tool(${JSON.stringify(name)})`;
  // An unknown tool is its own kind, whichever way the server says it (see test-library/unknown-tool.ts).
  const listed = tools ? new Set(tools.keys()) : undefined;
  if (o.error) throw notListed(call, name, listed, undefined, o.error) ?? rpcFailure(call, o.error);
  const r = toolResultOf(name, asRecord(o.result), o.verdict, o.durationMs);
  const unknown = r.isError ? notListed(call, name, listed, r) : undefined;
  if (unknown) throw unknown;
  const verdict = r.outputSchema;
  return {
    result: {
      isError: r.isError,
      // Never null: the tools were listed before the call, so no verdict means no schema declared.
      outputSchema: isObject(verdict) ? { valid: verdict.valid, untrusted: { verdict } } : (verdict ?? "none declared"),
      latencyMs: Math.round(r.latencyMs),
      ...untrusted({ content: r.content, structuredContent: r.structuredContent ?? undefined }),
    },
  };
}

/** An unknown tool, with what the server said and the names it lists apart from the inspector's words. */
function notListed(
  call: string,
  name: string,
  listed: ReadonlySet<string> | undefined,
  result?: Parameters<typeof unknownTool>[3],
  rpc?: { code: number; message: string; data?: unknown },
): UntrustedError | undefined {
  if (!unknownTool(call, name, listed, result, rpc)) return undefined;
  const said = result?.content.find((c) => c.type === "text")?.text ?? rpc?.message;
  return new UntrustedError(
    "tool_not_found",
    call,
    `the server has no tool ${JSON.stringify(name)} (what it said and the tools it lists: untrusted)`,
    {
      ...(said ? { said } : {}),
      lists: [...(listed ?? [])].slice(0, 20),
    },
  );
}

function toolNameOf(c: AgentConnection, requestSeq: number): string {
  const e = c.link.record.get(requestSeq);
  const name = e?.kind === "message" ? asRecord(asRecord(asRecord(e.message).params)).name : undefined;
  if (typeof name !== "string") throw agentError("usage", "await_call", `#${requestSeq} is no tools/call this connection sent`);
  return name;
}

export const CALL_TOOLS = [list, callTool, awaitCall, readResource, getPrompt, sendRequest];

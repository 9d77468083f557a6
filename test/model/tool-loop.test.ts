import { describe, expect, it } from "vitest";
import { convertArrayToReadableStream, MockLanguageModelV3 } from "ai/test";
import type { LanguageModelV3StreamPart } from "@ai-sdk/provider";
import type { ModelEvent } from "../../lib/model/events";
import { runToolLoop, toolCallProblem, toolsForModel, type ModelClient, type ProposedCall } from "../../server/model";

// The tool loop over the AI SDK's own test model: what the person decides per call, what reaches
// the server, and what the record is told. The server side is a plain function here; the
// everything server takes its place in test/model/sampling-headless.test.ts.
const usage = {
  inputTokens: { total: 4, noCache: 4, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 2, text: 2, reasoning: undefined },
};
const finish = (unified: "stop" | "tool-calls") => ({ type: "finish" as const, usage, finishReason: { unified, raw: unified } });
const says = (text: string): LanguageModelV3StreamPart[] => [
  { type: "text-start", id: "t" },
  { type: "text-delta", id: "t", delta: text },
  { type: "text-end", id: "t" },
  finish("stop"),
];
const calls = (...c: Array<{ name: string; input: string }>): LanguageModelV3StreamPart[] => [
  ...c.map((x, i) => ({ type: "tool-call" as const, toolCallId: `c${i}`, toolName: x.name, input: x.input })),
  finish("tool-calls"),
];

function mock(...turns: LanguageModelV3StreamPart[][]) {
  const model = new MockLanguageModelV3({ doStream: turns.map((t) => ({ stream: convertArrayToReadableStream(t) })) });
  const events: ModelEvent[] = [];
  const client: ModelClient = {
    spec: { provider: "openai", modelId: "mock" },
    label: "openai:mock",
    model,
    onEvent: (e) => events.push(e),
  };
  return { model, client, events };
}

const TOOLS = [
  {
    name: "echo",
    description: "Echoes back",
    inputSchema: { type: "object", properties: { message: { type: "string" } }, required: ["message"] },
  },
  { name: "get-env", inputSchema: { type: "object", properties: {} }, annotations: { readOnlyHint: true } },
];

describe("toolsForModel", () => {
  it("gives each MCP tool's name, description and inputSchema, with no execute (the inspector runs calls)", () => {
    const set = toolsForModel(TOOLS);
    expect(Object.keys(set)).toEqual(["echo", "get-env"]);
    expect(set.echo.description).toBe("Echoes back");
    expect(set.echo.execute).toBeUndefined();
  });
});

describe("toolCallProblem", () => {
  it("names a tool the server does not have and arguments the inputSchema refuses", () => {
    expect(toolCallProblem(TOOLS, "echo", { message: "hi" })).toBeUndefined();
    expect(toolCallProblem(TOOLS, "nope", {})).toBe('the server has no tool named "nope"');
    expect(toolCallProblem(TOOLS, "echo", { message: 3 })).toMatch(/inputSchema: \/message must be string/);
    expect(toolCallProblem(TOOLS, "echo", {})).toMatch(/must have required property 'message'/);
  });
});

describe("runToolLoop", () => {
  it("runs an approved call, gives the model its result, and stops at the model's answer", async () => {
    const { client, events, model } = mock(calls({ name: "echo", input: '{"message":"hi"}' }), says("The server said hi."));
    const ran: unknown[] = [];
    const out = await runToolLoop(client, {
      conversation: "c1",
      messages: [{ role: "user", content: "say hi through echo" }],
      tools: TOOLS,
      decide: async () => "approved",
      callTool: async (name, args) => {
        ran.push({ name, args });
        return { result: { content: [{ type: "text", text: "Echo: hi" }] }, isError: false, requestSeq: 7, serverMs: 3 };
      },
    });
    expect(ran).toEqual([{ name: "echo", args: { message: "hi" } }]);
    expect(out).toMatchObject({
      text: "The server said hi.",
      steps: 2,
      finish: "stop",
      toolCalls: [{ name: "echo", decision: "approved", isError: false }],
    });
    expect(events.map((e) => e.type)).toEqual(["chat-assistant", "chat-tool", "chat-assistant"]);
    expect(events[1]).toMatchObject({
      callId: "c0",
      requestSeq: 7,
      serverMs: 3,
      decision: "approved",
      result: { content: [{ text: "Echo: hi" }] },
    });
    // The second model call saw the tool's result.
    const prompt = JSON.stringify(model.doStreamCalls[1].prompt);
    expect(prompt).toContain("Echo: hi");
  });

  it("a call to a missing tool or with bad arguments reaches the person with its problem; auto does not send it", async () => {
    const { client, events } = mock(
      calls({ name: "nope", input: "{}" }, { name: "echo", input: '{"message":1}' }, { name: "get-env", input: "{}" }),
      says("done"),
    );
    const asked: ProposedCall[] = [];
    const ran: string[] = [];
    const out = await runToolLoop(client, {
      conversation: "c2",
      messages: [{ role: "user", content: "go" }],
      tools: TOOLS,
      decide: async (call) => (asked.push(call), "auto"),
      callTool: async (name) => (ran.push(name), { result: { content: [] }, isError: false, serverMs: 1 }),
    });
    expect(asked.map((c) => [c.name, c.problem])).toEqual([
      ["nope", 'the server has no tool named "nope"'],
      ["echo", expect.stringMatching(/must be string/)],
      ["get-env", undefined],
    ]);
    expect(ran).toEqual(["get-env"]);
    expect(out.toolCalls.map((c) => c.decision)).toEqual(["denied", "denied", "auto"]);
    expect(events.filter((e) => e.type === "chat-tool").map((e) => e.type === "chat-tool" && e.problem !== undefined)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("a denied call is not run and the model is told so", async () => {
    const { client, model } = mock(calls({ name: "echo", input: '{"message":"x"}' }), says("ok, I will not"));
    let ran = 0;
    await runToolLoop(client, {
      conversation: "c3",
      messages: [{ role: "user", content: "go" }],
      tools: TOOLS,
      decide: async () => "denied",
      callTool: async () => (ran++, { result: null, isError: false, serverMs: 0 }),
    });
    expect(ran).toBe(0);
    expect(JSON.stringify(model.doStreamCalls[1].prompt)).toMatch(/execution-denied|did not allow/);
  });

  it("stops after maxSteps when the model keeps calling tools", async () => {
    const again = () => calls({ name: "get-env", input: "{}" });
    const { client } = mock(again(), again(), again());
    const out = await runToolLoop(client, {
      conversation: "c4",
      messages: [{ role: "user", content: "loop" }],
      tools: TOOLS,
      maxSteps: 2,
      decide: async () => "auto",
      callTool: async () => ({ result: { content: [] }, isError: false, serverMs: 0 }),
    });
    expect(out).toMatchObject({ steps: 2, finish: "max-steps" });
    expect(out.toolCalls).toHaveLength(2);
  });
});

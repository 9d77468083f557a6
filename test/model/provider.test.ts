import { afterEach, describe, expect, it } from "vitest";
import type { ModelEvent } from "../../lib/model/events";
import { parseModelSpec, type ModelSpec } from "../../lib/model/spec";
import { KeyStore, ModelError, modelStep, openModel, toolsForModel } from "../../server/model";
import { startScriptedModel, type ScriptedModel, type ScriptedModelScript } from "../helpers/scripted-model";

// The real @ai-sdk/openai-compatible provider against the scripted chat-completions server: what
// a person's Ollama or vLLM would see, and what the inspector makes of its answers and errors.
const KEY = "sk-scripted-0123456789abcdefghijklmnopqrstuvwxyz";
let model: ScriptedModel | undefined;
afterEach(async () => {
  await model?.close();
  model = undefined;
});

async function client(script: ScriptedModelScript, o: { timeoutMs?: number } = {}) {
  model = await startScriptedModel(script);
  const spec = parseModelSpec("openai-compatible:scripted", model.baseUrl) as ModelSpec;
  const events: ModelEvent[] = [];
  const keys = KeyStore.fromEnv({ MODEL_API_KEY: KEY });
  return { c: openModel(spec, { keys, onEvent: (e) => events.push(e), timeoutMs: o.timeoutMs }), events, model };
}

const ECHO = {
  name: "echo",
  description: "Echoes",
  inputSchema: { type: "object", properties: { message: { type: "string" } }, required: ["message"] },
};
const user = (text: string) => [{ role: "user" as const, content: text }];

async function until<T>(get: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = get();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("condition not met within 2 s");
}

describe("the OpenAI-compatible provider against the scripted model", () => {
  it("streams a text answer, with the key sent as a bearer and the usage counted", async () => {
    const { c, model } = await client({ turns: [{ text: "Hello from the script, in several chunks.", usage: { input: 7, output: 3 } }] });
    const pieces: string[] = [];
    const step = await modelStep(c, { messages: user("hi"), onText: (d) => pieces.push(d) });
    expect(step.text).toBe("Hello from the script, in several chunks.");
    expect(pieces.length).toBeGreaterThan(1);
    expect(step).toMatchObject({ finish: "stop", toolCalls: [], usage: { inputTokens: 7, outputTokens: 3 } });
    expect(model.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
    expect(model.requests[0].body).toMatchObject({ model: "scripted", stream: true });
  });

  it("reads tool calls streamed as argument deltas, and gives the model the server's tools", async () => {
    const { c, model } = await client({ turns: [{ toolCalls: [{ name: "echo", args: { message: "from the model" } }] }] });
    const step = await modelStep(c, { messages: user("echo something"), tools: toolsForModel([ECHO]) });
    expect(step.finish).toBe("tool-calls");
    expect(step.toolCalls).toEqual([{ id: expect.any(String), name: "echo", args: { message: "from the model" } }]);
    expect(step.response[0]).toMatchObject({ role: "assistant" });
    const tools = model.requests[0].body.tools as Array<{ function: { name: string; parameters: unknown } }>;
    expect(tools.map((t) => t.function.name)).toEqual(["echo"]);
    expect(tools[0].function.parameters).toMatchObject({ required: ["message"] });
  });

  it("a 401 is an auth ModelError in the provider's words, the key it echoed masked", async () => {
    const { c } = await client({ turns: [{ status: 401, error: "Incorrect API key provided: {key}. Find yours at example.com" }] });
    const err = await modelStep(c, { messages: user("hi") }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelError);
    expect(err).toMatchObject({ kind: "auth", status: 401 });
    expect((err as Error).message).toContain("Incorrect API key provided: ••••. Find yours at example.com");
    expect((err as Error).message).not.toContain(KEY.slice(0, 12));
  });

  it("a 429 is a rate-limit ModelError, asked once (no hidden retries)", async () => {
    const { c, model } = await client({ turns: [{ status: 429, error: "Rate limit reached for scripted", repeat: true }] });
    const err = await modelStep(c, { messages: user("hi") }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "rate-limit", status: 429 });
    expect((err as Error).message).toContain("Rate limit reached for scripted");
    expect(model.requests).toHaveLength(1);
  });

  it("a model that does not answer is a timeout ModelError after timeoutMs", async () => {
    const { c } = await client({ turns: [{ hang: true }] }, { timeoutMs: 300 });
    const err = await modelStep(c, { messages: user("hi") }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "timeout", message: "openai-compatible:scripted did not answer within 300 ms" });
  });

  it("records each HTTP exchange with no header and the key masked wherever it appeared", async () => {
    const { c, events } = await client({ turns: [{ text: `the key is ${KEY}` }, { status: 401, error: "bad key {key}" }] });
    await modelStep(c, { messages: user(`my key is ${KEY}`) });
    await modelStep(c, { messages: user("again") }).catch(() => undefined);
    const exchanges = await until(() => (events.length >= 2 ? events : undefined));
    expect(exchanges.map((e) => e.type === "exchange" && e.status)).toEqual([200, 401]);
    expect(exchanges[0]).toMatchObject({
      label: "openai-compatible:scripted",
      method: "POST",
      url: expect.stringMatching(/\/v1\/chat\/completions$/),
    });
    const text = JSON.stringify(exchanges);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain("authorization");
    expect(text).toContain("my key is ••••");
    expect(text).toContain("bad key ••••");
  });
});

describe("openModel without a key", () => {
  it("names the variable to set", () => {
    const keys = new KeyStore();
    expect(() => openModel({ provider: "anthropic", modelId: "claude-sonnet-4-5" }, { keys })).toThrow(/set ANTHROPIC_API_KEY/);
    expect(() => openModel({ provider: "openai", modelId: "gpt-4o" }, { keys })).toThrow(expect.objectContaining({ kind: "no-key" }));
    // Ollama and other local servers take no key.
    expect(openModel({ provider: "openai-compatible", modelId: "llama3", baseUrl: "http://127.0.0.1:1/v1" }, { keys }).label).toBe(
      "openai-compatible:llama3",
    );
  });
});

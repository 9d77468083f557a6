import { afterEach, describe, expect, test } from "vitest";
import { startInspector, type RunningInspector } from "../../server/launcher/inspector";
import { connectClient } from "../helpers/inspector";
import { everythingStdio, waitFor } from "../helpers/targets";
import { SCRIPTED_MODEL, startScriptedModel, type ScriptedModel, type ScriptedModelScript } from "../helpers/scripted-model";
import type { ChatTool } from "../../lib/model/events";

let inspector: RunningInspector | undefined;
let model: ScriptedModel | undefined;
afterEach(async () => {
  await inspector?.close();
  await model?.close();
  inspector = model = undefined;
});

const KEY = "chat-test-key-0123456789abcdef";

/** The backend with the scripted model as its --model, connected to the everything server. */
async function start(script: ScriptedModelScript) {
  model = await startScriptedModel(script);
  inspector = await startInspector({
    port: 0,
    pages: (_req, res) => {
      res.end("stub");
    },
    models: [SCRIPTED_MODEL],
    modelBaseUrl: model.baseUrl,
  });
  const page = await connectClient(inspector);
  await page.client.hello(0);
  const state = await page.client.command({ type: "connect", spec: { target: everythingStdio() } });
  expect(state.status, state.error?.message).toBe("connected");
  return page;
}

const modelEvents = (entries: { kind: string }[]) =>
  entries.flatMap((e) => (e.kind === "model" ? [(e as unknown as { model: { type: string } }).model] : []));

describe("the page's chat with a model, through the bridge (scripted model, everything server)", () => {
  test("a call waits for the person, runs once approved, and the conversation is in the record with the key nowhere", async () => {
    const { client, seen } = await start({
      turns: [
        { toolCalls: [{ name: "echo", args: { message: "hi" } }] },
        { when: "Echo: hi", text: "The server said hi.", usage: { input: 7, output: 5 } },
      ],
    });
    expect(await client.command({ type: "models-info" })).toMatchObject({ models: [SCRIPTED_MODEL], keys: { MODEL_API_KEY: false } });
    expect((await client.command({ type: "model-key", variable: "MODEL_API_KEY", key: KEY })).keys.MODEL_API_KEY).toBe(true);

    const first = await client.command({ type: "chat-send", conversation: "c1", model: SCRIPTED_MODEL, text: "say hi", approval: "ask" });
    expect(first).toMatchObject({ state: "waiting", calls: [{ name: "echo", args: { message: "hi" }, readOnly: true }] });
    if (first.state !== "waiting") throw new Error("unreachable");
    const done = await client.command({ type: "chat-decide", conversation: "c1", callId: first.calls[0].callId, decision: "approved" });
    expect(done).toMatchObject({ state: "done", text: "The server said hi." });

    await waitFor(() =>
      modelEvents(seen.entries).some((e) => e.type === "chat-assistant" && (e as unknown as { text: string }).text !== ""),
    );
    const events = modelEvents(seen.entries);
    expect(events.filter((e) => e.type !== "exchange").map((e) => e.type)).toEqual([
      "chat-user",
      "chat-assistant",
      "chat-tool",
      "chat-assistant",
    ]);
    const call = events.find((e) => e.type === "chat-tool") as ChatTool;
    expect(call).toMatchObject({ decision: "approved", isError: false, name: "echo" });
    // The card links to the tools/call request it became.
    const request = seen.entries.find((e) => e.seq === call.requestSeq);
    expect(request).toMatchObject({ kind: "message", message: { method: "tools/call", params: { name: "echo" } } });
    // The key went to the model, and nowhere into the record.
    expect(model!.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
    expect(JSON.stringify(seen.entries)).not.toContain(KEY);
    // The model saw the server's tools.
    expect(JSON.stringify(model!.requests[0].body.tools)).toContain("echo");
  });

  test("read-only calls go out on their own; a call to a tool that does not exist waits even in auto", async () => {
    const { client } = await start({
      turns: [
        { toolCalls: [{ name: "echo", args: { message: "x" } }] },
        { toolCalls: [{ name: "no-such-tool", args: {} }] },
        { text: "ok" },
      ],
    });
    const stop = await client.command({ type: "chat-send", conversation: "c2", model: SCRIPTED_MODEL, text: "go", approval: "read-only" });
    expect(stop).toMatchObject({ state: "waiting", calls: [{ name: "no-such-tool", problem: expect.stringMatching(/no-such-tool/) }] });
    if (stop.state !== "waiting") throw new Error("unreachable");
    const end = await client.command({ type: "chat-decide", conversation: "c2", callId: stop.calls[0].callId, decision: "denied" });
    expect(end).toMatchObject({ state: "done", text: "ok" });
  });

  test("a provider's 401 comes back as the provider said it, the key masked", async () => {
    const { client } = await start({ turns: [{ status: 401, error: "Incorrect API key provided: {key}" }] });
    await client.command({ type: "model-key", variable: "MODEL_API_KEY", key: KEY });
    const stop = await client.command({ type: "chat-send", conversation: "c3", model: SCRIPTED_MODEL, text: "hello", approval: "auto" });
    expect(stop).toMatchObject({
      state: "failed",
      error: { kind: "auth", status: 401, message: expect.stringContaining("Incorrect API key provided") },
    });
    expect(JSON.stringify(stop)).not.toContain(KEY);
  });

  test("no key for a provider that needs one: the turn says which variable to set", async () => {
    const { client } = await start({ turns: [] });
    const stop = await client.command({
      type: "chat-send",
      conversation: "c4",
      model: "anthropic:claude-sonnet-4-5",
      text: "hello",
      approval: "ask",
    });
    expect(stop).toMatchObject({ state: "failed", error: { kind: "no-key", variable: "ANTHROPIC_API_KEY" } });
  });

  test("Ask the model on a waiting sampling request: the model's answer comes back, nothing is sent until the page answers", async () => {
    const { client, seen } = await start({ turns: [{ text: "A scripted haiku." }] });
    const call = client.command({ type: "call-tool", name: "trigger-sampling-request", arguments: { prompt: "a haiku" } });
    const pending = await waitFor(() => seen.states.at(-1)?.pending[0]);
    const asked = await client.command({ type: "sampling-ask", pendingId: pending.pendingId, model: SCRIPTED_MODEL });
    expect(asked).toMatchObject({ ok: true, text: "A scripted haiku.", model: SCRIPTED_MODEL });
    expect(seen.states.at(-1)?.pending).toHaveLength(1);
    await client.command({
      type: "answer",
      pendingId: pending.pendingId,
      result: { role: "assistant", content: { type: "text", text: "edited haiku" }, model: SCRIPTED_MODEL },
    });
    expect(JSON.stringify((await call).result)).toContain("edited haiku");
  });
});

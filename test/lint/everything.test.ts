import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Engine } from "../../server/engine";
import { RecordStore } from "../../server/record/store";
import { Linter, lintRecord, type Finding } from "../../lib/lint";
import type { Entry } from "../../lib/record/format";
import { everythingStdio } from "../helpers/targets";
import { waitForEntry, waitForState } from "./session";

// The reference everything server, driven like a person would: default client capabilities,
// every list, a few tool calls, its roots/list request answered. It has no real findings in
// this session; the assertion keeps it that way (a new finding is either a linter bug or a
// regression of the reference server, and both deserve a look).
describe("lint over the everything server", () => {
  const rec = new RecordStore();
  const engine = new Engine(rec, { name: "lint-test", version: "0" });
  const live = new Linter();
  let entries: Entry[] = [];
  let findings: Finding[] = [];

  beforeAll(async () => {
    const unsubscribe = rec.subscribe((e) => live.push(e));
    // It asks for the client's roots after initialization, since the client offers roots; the
    // engine answers from the standing roots (never held for a person).
    engine.setAnswers({ roots: [{ uri: "file:///tmp", name: "tmp" }] });
    const state = await engine.connect({ target: everythingStdio() });
    expect(state.status).toBe("connected");
    await waitForEntry(
      rec,
      (e) => e.kind === "message" && e.dir === "client->server" && e.pair?.method === "roots/list",
      "our answer to the server's roots/list",
    );

    await engine.request("tools/list", {});
    await engine.request("resources/list", {});
    await engine.request("resources/templates/list", {});
    await engine.request("prompts/list", {});
    await engine.request("ping", {});
    await engine.request("logging/setLevel", { level: "warning" });
    for (const [name, args] of [
      ["echo", { message: "hi" }],
      ["get-sum", { a: 1, b: 2 }],
      ["get-structured-content", { location: "New York" }],
    ] as const) {
      const out = await engine.callTool(name, args);
      expect(out.error).toBeUndefined();
    }
    await engine.request("resources/read", { uri: "demo://resource/static/document/architecture.md" });
    await engine.request("resources/subscribe", { uri: "demo://resource/static/document/architecture.md" });
    await engine.request("prompts/get", { name: "simple-prompt" });
    await engine.request("completion/complete", {
      ref: { type: "ref/prompt", name: "completable-prompt" },
      argument: { name: "department", value: "E" },
    });
    // Sends a log message at a random level at once: the server must respect "warning".
    await engine.callTool("toggle-simulated-logging", {});
    // Server->client requests in the middle of a tool call, answered as a person would.
    const answers: Record<string, Record<string, unknown>> = {
      "sampling/createMessage": { model: "test-model", role: "assistant", content: { type: "text", text: "a haiku" } },
      "elicitation/create": { action: "decline" },
    };
    for (const [tool, method] of [
      ["trigger-sampling-request", "sampling/createMessage"],
      ["trigger-elicitation-request", "elicitation/create"],
    ] as const) {
      const call = engine.callTool(tool, tool === "trigger-sampling-request" ? { prompt: "a haiku" } : {});
      const [held] = await waitForState(engine, (s) => (s.pending.length ? s.pending : undefined), method);
      expect(held.method).toBe(method);
      await engine.answer(held.pendingId, { result: answers[method] });
      expect((await call).error).toBeUndefined();
    }
    await engine.disconnect();
    unsubscribe();
    live.finish();
    entries = rec.since(0);
    findings = lintRecord(entries);
  });
  afterAll(() => engine.close());

  it("finds nothing wrong", () => {
    expect(entries.filter((e) => e.kind === "message").length).toBeGreaterThan(20);
    expect(findings).toEqual([]);
    expect(live.findings()).toEqual([]);
  });
});

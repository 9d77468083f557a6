import { describe, expect, test } from "vitest";
import type { MessageEntry } from "../lib/record/format";
import type { RecordStore } from "../server/record/store";
import { everythingStdio, waitFor } from "./helpers/targets";
import { engineFactory } from "./helpers/engine";

// The engine answers what the standing answers cover, with no page and no person: the
// everything server's tools that ask the client (roots, sampling, elicitation) show it.
const { newEngine } = engineFactory();
const ALL = { sampling: true, elicitationForm: true, elicitationUrl: false, roots: true, tasks: false, apps: false };
const text = (r: unknown) => JSON.stringify(r);
const sent = (rec: RecordStore, method: string) =>
  rec
    .since(0)
    .filter(
      (e): e is MessageEntry => e.kind === "message" && e.dir === "client->server" && (e.message as { method?: string }).method === method,
    );

/** Our responses to the server's roots/list requests. */
const rootsAnswers = (rec: RecordStore) =>
  rec.since(0).filter((e) => e.kind === "message" && e.dir === "client->server" && e.pair?.method === "roots/list");

describe("standing answers", () => {
  test("roots/list is answered from the roots set before connecting; a change tells the server, which asks again", async () => {
    const { engine, rec } = newEngine();
    engine.setAnswers({ roots: [{ uri: "file:///tmp/standing", name: "Standing" }] });
    await engine.connect({ target: everythingStdio(), capabilities: ALL });
    const first = await engine.callTool("get-roots-list", {});
    expect(text(first)).toContain("file:///tmp/standing");
    expect(engine.getState().pending).toEqual([]);

    engine.setAnswers({ roots: [{ uri: "file:///tmp/changed" }] });
    await waitFor(() => sent(rec, "notifications/roots/list_changed")[0], 10_000, "notifications/roots/list_changed");
    // The server asks roots/list again; its tool answers from what it got.
    await waitFor(() => rootsAnswers(rec).length >= 2 || undefined, 10_000, "a second roots/list answered");
    const second = await engine.callTool("get-roots-list", {});
    expect(text(second)).toContain("file:///tmp/changed");
    expect(engine.getState().answers.roots).toEqual([{ uri: "file:///tmp/changed" }]);
  });

  test("sampling: a matching canned rule answers at once; without a match the request waits for the person", async () => {
    const { engine } = newEngine();
    await engine.connect({ target: everythingStdio(), capabilities: ALL });
    engine.setAnswers({ sampling: { enabled: true, rules: [{ match: "weather", text: "Sunny, canned", model: "canned-1" }] } });
    const answered = await engine.callTool("trigger-sampling-request", { prompt: "What is the weather?", maxTokens: 5 });
    expect(text(answered)).toContain("Sunny, canned");

    const waiting = engine.callTool("trigger-sampling-request", { prompt: "Something else", maxTokens: 5 });
    const pending = await waitFor(
      () => engine.getState().pending.find((p) => p.method === "sampling/createMessage"),
      10_000,
      "a held sampling request",
    );
    // Turning on a rule that covers it answers the held request too.
    engine.setAnswers({ sampling: { rules: [{ match: "something", text: "Covered later", model: "" }] } });
    expect(text(await waiting)).toContain("Covered later");
    expect(engine.getState().pending.find((p) => p.pendingId === pending.pendingId)).toBeUndefined();
  });

  test("elicitation: decline, and accept with the schema's defaults", async () => {
    const { engine } = newEngine();
    await engine.connect({ target: everythingStdio(), capabilities: ALL });
    engine.setAnswers({ elicitation: "decline" });
    expect(text(await engine.callTool("trigger-elicitation-request", {}))).toMatch(/declin/i);
    engine.setAnswers({ elicitation: "accept-defaults" });
    const accepted = await engine.callTool("trigger-elicitation-request", {});
    expect(text(accepted)).toContain("User provided the requested information");
    expect(engine.getState().pending).toEqual([]);
  });

  test("the answers outlive a connection", async () => {
    const { engine } = newEngine();
    engine.setAnswers({ elicitation: "cancel", roots: [{ uri: "file:///keep" }] });
    await engine.connect({ target: everythingStdio(), capabilities: ALL });
    await engine.disconnect();
    await engine.connect({ target: everythingStdio(), capabilities: ALL });
    expect(engine.getState().answers).toMatchObject({ elicitation: "cancel", roots: [{ uri: "file:///keep" }] });
  });
});

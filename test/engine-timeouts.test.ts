import { describe, expect, test } from "vitest";
import { FIXTURES, everythingStdio, waitFor } from "./helpers/targets";
import { engineFactory } from "./helpers/engine";

const { newEngine } = engineFactory();

describe("a call's time limit and who did not answer", () => {
  test("a sampling request the call caused waits on the person past the call's timeout, and the call still completes with the answer", async () => {
    const { engine } = newEngine();
    await engine.connect({ target: everythingStdio(), capabilities: { sampling: true, elicitationForm: false, elicitationUrl: false, roots: false } });
    const call = engine.callTool("trigger-sampling-request", { prompt: "hi", maxTokens: 5 }, { timeoutMs: 1000 });
    const pending = await waitFor(() => engine.getState().pending.find((p) => p.method === "sampling/createMessage"), 10_000, "the sampling request");
    // The person takes three times the call's timeout to answer.
    await new Promise((r) => setTimeout(r, 3000));
    await engine.answer(pending.pendingId, { result: { role: "assistant", content: { type: "text", text: "answered slowly" }, model: "human", stopReason: "endTurn" } });
    const out = await call;
    expect(out.error).toBeUndefined();
    expect(JSON.stringify(out.result)).toContain("answered slowly");
  });

  test("a server that never answers times out, and the message names the server as the party that did not answer", async () => {
    const { engine } = newEngine();
    await engine.connect({ target: { transport: "stdio", command: process.execPath, args: [`${FIXTURES}/slow.mjs`], env: {} } });
    await expect(engine.callTool("slow", { ms: 5000, steps: 0 }, { timeoutMs: 300 })).rejects.toThrow(/tools\/call timed out: the server did not answer within 300 ms \(notifications\/cancelled was sent\)/);
  });

  test("an answer the client cannot accept ends the call at once, saying so, instead of waiting out its timeout", async () => {
    const { engine } = newEngine();
    await engine.connect({
      target: { transport: "stdio", command: process.execPath, args: [`${FIXTURES}/broken-server.mjs`], env: {} },
      capabilities: { sampling: true, elicitationForm: true, elicitationUrl: false, roots: false },
    });
    await expect(engine.request("violate/result-and-error", {}, { timeoutMs: 60_000 })).rejects.toThrow(/the server answered violate\/result-and-error \(entry #\d+\) with a frame the client cannot accept: not a valid JSON-RPC message/);
  });
});

describe("what arrives after a call ended", () => {
  test("progress that crosses a cancel is a note, not a protocol error", async () => {
    const { rec, engine } = newEngine();
    await engine.connect({ target: { transport: "stdio", command: process.execPath, args: [`${FIXTURES}/flood.mjs`], env: {} } });
    const ctl = new AbortController();
    const call = engine.callTool("flood", { count: 20_000, kind: "progress" }, { signal: ctl.signal }).catch((e: Error) => e);
    await waitFor(() => rec.since(0).some((e) => e.kind === "message" && (e.message as { method?: string }).method === "notifications/progress"), 10_000, "the first progress");
    ctl.abort("enough");
    expect(String(await call)).toMatch(/cancelled: enough/);
    // The flood goes on until the fixture reads the cancellation (it does not stop): wait for its answer.
    await waitFor(() => rec.since(0).some((e) => e.kind === "message" && e.pair?.method === "tools/call"), 30_000, "the flood's answer");
    const lifecycle = rec.since(0).flatMap((e) => (e.kind === "lifecycle" ? [e] : []));
    expect(lifecycle.filter((e) => e.event === "transport-error")).toEqual([]);
    const notes = lifecycle.filter((e) => e.event === "note");
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0].text).toMatch(/^progress for request \d+ arrived after the call ended/);
  });
});

describe("a connect that times out says what the server printed", () => {
  test("a server that prints a banner on stdout and hangs: the initialize timeout quotes the banner", async () => {
    const { engine } = newEngine();
    const state = await engine.connect({ target: { transport: "stdio", command: process.execPath, args: [`${FIXTURES}/prints-then-hangs.mjs`], env: {} }, timeouts: { initializeMs: 500 } });
    expect(state.error).toMatchObject({ kind: "initialize-timeout", message: 'initialize timed out: the server did not answer the initialize request in time; instead it printed on stdout: "Server starting on stdio…"' });
  });
});

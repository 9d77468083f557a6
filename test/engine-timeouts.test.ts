import { describe, expect, test } from "vitest";
import { FIXTURES, waitFor } from "./helpers/targets";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { engineFactory } from "./helpers/engine";
import { FakeClock } from "./helpers/fake-clock";
import { memoryTarget } from "./helpers/memory-target";

const { newEngine } = engineFactory();

/** A server with a tool that asks the client to sample, one that never answers, and one that reports progress until told. */
function timingServer(progress: { step?: () => Promise<void> } = {}) {
  const server = new McpServer({ name: "timing", version: "1.0.0" });
  server.registerTool("ask", { inputSchema: {} }, async () => {
    const r = await server.server.createMessage({ messages: [{ role: "user", content: { type: "text", text: "hi" } }], maxTokens: 5 });
    return { content: [{ type: "text", text: `sampled: ${JSON.stringify(r.content)}` }] };
  });
  server.registerTool("never", { inputSchema: {} }, () => new Promise(() => undefined));
  server.registerTool("working", { inputSchema: {} }, async (_args, extra) => {
    let n = 0;
    progress.step = () =>
      extra.sendNotification({ method: "notifications/progress", params: { progressToken: extra._meta!.progressToken!, progress: ++n } });
    return new Promise(() => undefined);
  });
  return server;
}

const memory = { transport: "stdio" as const, command: "in-memory" };

describe("a call's time limit and who did not answer (in memory, on a fake clock)", () => {
  test("a sampling request the call caused waits on the person past the call's timeout, and the call still completes with the answer", async () => {
    const clock = new FakeClock();
    const { engine } = newEngine({ transports: memoryTarget(() => timingServer()), clock });
    await engine.connect({ target: memory, capabilities: { sampling: true, elicitationForm: false, elicitationUrl: false, roots: false } });
    const call = engine.callTool("ask", {}, { timeoutMs: 1000 });
    const pending = await waitFor(
      () => engine.getState().pending.find((p) => p.method === "sampling/createMessage"),
      10_000,
      "the sampling request",
    );
    // The person takes three times the call's timeout to answer.
    await clock.advance(3000);
    await engine.answer(pending.pendingId, {
      result: { role: "assistant", content: { type: "text", text: "answered slowly" }, model: "human", stopReason: "endTurn" },
    });
    const out = await call;
    expect(out.error).toBeUndefined();
    expect(JSON.stringify(out.result)).toContain("answered slowly");
  });

  test("a server that never answers times out, and the message names the server as the party that did not answer; it is told", async () => {
    const clock = new FakeClock();
    const { engine, rec } = newEngine({ transports: memoryTarget(() => timingServer()), clock });
    await engine.connect({ target: memory });
    const call = engine.callTool("never", {}, { timeoutMs: 300 });
    await clock.advance(299);
    expect(
      await Promise.race([
        call.then(
          () => "settled",
          () => "settled",
        ),
        Promise.resolve("waiting"),
      ]),
    ).toBe("waiting");
    await clock.advance(1);
    await expect(call).rejects.toThrow(
      /^tools\/call timed out: the server did not answer within 300 ms \(notifications\/cancelled was sent\)$/,
    );
    const cancelled = rec
      .since(0)
      .find((e) => e.kind === "message" && (e.message as { method?: string }).method === "notifications/cancelled");
    expect(cancelled?.kind === "message" && cancelled.message).toMatchObject({ params: { requestId: expect.any(Number) } });
  });

  test("progress restarts the idle limit when asked; the maximum total time still ends the call", async () => {
    const clock = new FakeClock();
    const progress: { step?: () => Promise<void> } = {};
    const { engine } = newEngine({ transports: memoryTarget(() => timingServer(progress)), clock });
    await engine.connect({ target: memory });
    const call = engine.callTool("working", {}, { timeoutMs: 1000, resetTimeoutOnProgress: true, maxTotalTimeoutMs: 2500 });
    const outcome = call.then(
      () => "resolved",
      (e: Error) => e.message,
    );
    await waitFor(() => progress.step, 5000, "the tool to start");
    for (let i = 0; i < 2; i++) {
      await clock.advance(900);
      await progress.step!();
      await waitFor(() => true, 10);
    }
    // 1800 ms in, two idle limits would have passed without the progress; the total has not.
    expect(await Promise.race([outcome, Promise.resolve("waiting")])).toBe("waiting");
    await clock.advance(700);
    expect(await outcome).toMatch(/maximum total time of 2.5 s/);
  });
});

describe("what the server answers", () => {
  test("an answer the client cannot accept ends the call at once, saying so, instead of waiting out its timeout", async () => {
    const { engine } = newEngine();
    await engine.connect({
      target: { transport: "stdio", command: process.execPath, args: [`${FIXTURES}/broken-server.mjs`], env: {} },
      capabilities: { sampling: true, elicitationForm: true, elicitationUrl: false, roots: false },
    });
    await expect(engine.request("violate/result-and-error", {}, { timeoutMs: 60_000 })).rejects.toThrow(
      /the server answered violate\/result-and-error \(entry #\d+\) with a frame the client cannot accept: not a valid JSON-RPC message/,
    );
  });
});

describe("what arrives after a call ended", () => {
  test("progress that crosses a cancel is a note, not a protocol error", async () => {
    const { rec, engine } = newEngine();
    await engine.connect({ target: { transport: "stdio", command: process.execPath, args: [`${FIXTURES}/flood.mjs`], env: {} } });
    const ctl = new AbortController();
    const call = engine.callTool("flood", { count: 20_000, kind: "progress" }, { signal: ctl.signal }).catch((e: Error) => e);
    await waitFor(
      () => rec.since(0).some((e) => e.kind === "message" && (e.message as { method?: string }).method === "notifications/progress"),
      10_000,
      "the first progress",
    );
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
    const state = await engine.connect({
      target: { transport: "stdio", command: process.execPath, args: [`${FIXTURES}/prints-then-hangs.mjs`], env: {} },
      timeouts: { initializeMs: 500 },
    });
    expect(state.error).toMatchObject({
      kind: "initialize-timeout",
      message:
        'initialize timed out: the server did not answer the initialize request in time; instead it printed on stdout: "Server starting on stdio…"',
    });
  });
});

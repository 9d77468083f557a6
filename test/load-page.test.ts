import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LoadEventSchema, type LoadEvent } from "../lib/load/wire";
import type { RunningInspector } from "../server/launcher/inspector";
import { everythingStdio, waitFor } from "./helpers/targets";
import { startTestInspector } from "./helpers/inspector";

// The page's load channel against the real backend and the everything server: a socket of its
// own that sends load-* frames, as features/load/load-run-store.ts does.

let inspector: RunningInspector;
beforeAll(async () => {
  inspector = await startTestInspector();
  await inspector.engine.connect({ target: everythingStdio() });
});
afterAll(() => inspector.close());

function loadChannel() {
  const ws = new WebSocket(`ws://127.0.0.1:${inspector.port}/ws`, { headers: { Authorization: `Bearer ${inspector.token}` } });
  const events: LoadEvent[] = [];
  ws.on("message", (d) => {
    const json = JSON.parse(String(d));
    for (const e of Array.isArray(json) ? json : [json]) events.push(LoadEventSchema.parse(e));
  });
  const opened = new Promise<void>((r) => ws.once("open", () => r()));
  return { ws, events, send: async (body: Record<string, unknown>) => (await opened, ws.send(JSON.stringify(body))) };
}

describe("a load run from the page", () => {
  test("progress while it runs, the report at the end; the session's record gets two notes, not the run's frames", async () => {
    const before = inspector.record.lastSeq;
    const ch = loadChannel();
    await ch.send({ type: "load-start", id: "a", tool: "echo", arguments: { message: "hi" }, concurrency: 5, requests: 3000 });
    const done = await waitFor(() => ch.events.find((e) => e.type === "load-done" || e.type === "load-failed"), 60_000, "the run's end");
    expect(done.type, JSON.stringify(done)).toBe("load-done");
    if (done.type !== "load-done") return;
    expect(ch.events[0]).toMatchObject({ type: "load-started", id: "a", channel: 1 });
    // Heard running from its first call (not only from the first tick), and last heard with every call counted.
    const progress = ch.events.flatMap((e) => (e.type === "load-progress" ? [e.progress] : []));
    const phases = progress.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(["connecting", ...(phases.includes("warmup") ? ["warmup"] : []), "running", "finishing"]);
    expect(progress.at(-1)).toMatchObject({ phase: "finishing", requests: 3000, ok: 3000, inFlight: 0 });
    expect(done.report.result).toMatchObject({ tool: "echo", requests: 3000, ok: 3000, errors: 0 });
    expect(done.report.details.sampled.framesNotKept).toBeGreaterThan(5000);
    // The everything server's own notifications go on arriving on the session; no call of the run does.
    const added = inspector.record.since(before);
    expect(added.filter((e) => e.kind === "message" && (e.message as { method?: string }).method === "tools/call")).toEqual([]);
    expect(added.flatMap((e) => (e.kind === "lifecycle" ? [e.text] : []))).toEqual([
      expect.stringMatching(/^load run of echo started on a connection of its own/),
      expect.stringMatching(/^load run of echo ended \(requests\): 3000 calls/),
    ]);
    ch.ws.close();
  });

  test("Stop ends a long run with what finished; a second start while one runs is refused; an unknown tool fails with the official words", async () => {
    const ch = loadChannel();
    await ch.send({ type: "load-start", id: "b", tool: "echo", arguments: { message: "hi" }, concurrency: 2, durationMs: 600_000 });
    const started = await waitFor(() => ch.events.find((e) => e.type === "load-started"), 20_000, "started");
    await waitFor(() => ch.events.some((e) => e.type === "load-progress" && e.progress.requests > 0), 20_000, "calls");
    await ch.send({ type: "load-start", id: "c", tool: "echo", concurrency: 1, requests: 1 });
    await waitFor(() => ch.events.find((e) => e.type === "load-failed" && e.id === "c"), 10_000, "refusal");
    if (started.type !== "load-started") return;
    await ch.send({ type: "load-stop", id: "d", runId: started.runId });
    const done = await waitFor(() => ch.events.find((e) => e.type === "load-done"), 30_000, "done");
    if (done.type === "load-done") expect(done.report.details.stopReason).toBe("stopped");
    await ch.send({ type: "load-start", id: "e", tool: "no-such-tool", concurrency: 1, requests: 1 });
    const failed = await waitFor(() => ch.events.find((e) => e.type === "load-failed" && e.runId), 20_000, "failure");
    expect(failed).toMatchObject({ message: "Tool 'no-such-tool' not found on server." });
    ch.ws.close();
  });
});

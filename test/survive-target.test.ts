// What the engine survives from a misbehaving target: crashes (mid-call and during
// initialize), hangs, garbage on stdout and big results. The fixtures are in test/fixtures.
import { describe, expect, test } from "vitest";
import { RecordStore } from "../server/record/store";
import type { LifecycleEntry, MessageEntry } from "../lib/record/format";
import { waitFor } from "./helpers/targets";
import { expectContiguous, fixture, fromStdout, isMessage, methodOf, wireLines, wireLogFile } from "./helpers/fixtures";
import { engineFactory } from "./helpers/engine";

const { newEngine } = engineFactory();

const lifecycle = (rec: RecordStore, event: LifecycleEntry["event"]) =>
  rec.since(0).filter((e): e is LifecycleEntry => e.kind === "lifecycle" && e.event === event);

describe("a target that crashes", () => {
  test("mid-call: the call fails saying the server exited (code, stderr), the exit is recorded, restart reconnects, nothing is lost", async () => {
    const { rec, engine } = newEngine();
    expect((await engine.connect({ target: fixture("crash", ["call", "3"]) })).status).toBe("connected");
    expect(JSON.stringify((await engine.callTool("fine", {})).result)).toContain("ok");

    // No timeout is set short: if the exit were not noticed, this would hang until the test times out.
    const err = await engine.callTool("crash", {}).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toMatch(
      /^the server exited with code 3 before answering tools\/call; last stderr: .*crashing in the middle of tools\/call .*exiting \(3\)/,
    );

    expect(lifecycle(rec, "exited")).toMatchObject([{ code: 3, signal: null }]);
    expect(lifecycle(rec, "disconnected")[0].text).toMatch(/exited with code 3/);
    const state = engine.getState();
    expect(state.status).toBe("disconnected");
    expect(state.error).toMatchObject({
      kind: "exited",
      exitCode: 3,
      stderrTail: expect.arrayContaining([expect.stringMatching(/crashing in the middle/)]),
    });

    const before = structuredClone(rec.since(0));
    expect((await engine.restart()).status).toBe("connected");
    expect(JSON.stringify((await engine.callTool("fine", {})).result)).toContain("ok");
    const after = rec.since(0);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    expect(expectContiguous(after)).toBe(true);
    // The unanswered call stays in the record, unpaired; the new connection pairs its own ids.
    const crashCall = before.filter(isMessage).find((m) => methodOf(m) === "tools/call" && JSON.stringify(m.message).includes('"crash"'))!;
    expect(after.some((e) => isMessage(e) && e.pair?.seq === crashCall.seq)).toBe(false);
    expect(lifecycle(rec, "connected")).toHaveLength(2);
  });

  test("mid-call, killed by a signal: the error names the signal", async () => {
    const { rec, engine } = newEngine();
    await engine.connect({ target: fixture("crash", ["call", "SIGKILL"]) });
    const err = await engine.callTool("crash", {}).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/^the server was killed by SIGKILL before answering tools\/call/);
    expect(lifecycle(rec, "exited")).toMatchObject([{ code: null, signal: "SIGKILL" }]);
    expect(engine.getState().error).toMatchObject({ kind: "exited", signal: "SIGKILL" });
  });

  test("during initialize: a clear connection error with the exit code and stderr, not a hang", async () => {
    const { rec, engine } = newEngine();
    const state = await engine.connect({ target: fixture("crash", ["init", "4"]) });
    expect(state.status).toBe("failed");
    expect(state.error).toMatchObject({ kind: "exited", exitCode: 4 });
    expect(state.error!.message).toMatch(
      /^the server exited with code 4 during start-up; last stderr: crash fixture: giving up during initialize/,
    );
    expect(lifecycle(rec, "connect-failed")[0].text).toBe(state.error!.message);
    expect(lifecycle(rec, "exited")).toMatchObject([{ code: 4 }]);
  });
});

describe("a target that hangs", () => {
  test("the call times out at the configured timeout with a clear error; the target is told; the session goes on", async () => {
    const { rec, engine } = newEngine();
    await engine.connect({ target: fixture("hang"), timeouts: { requestMs: 400 } });
    const t0 = performance.now();
    const err = await engine.callTool("hang", {}).then(
      () => undefined,
      (e: Error) => e,
    );
    const elapsed = performance.now() - t0;
    expect(err?.message).toBe("tools/call timed out: the server did not answer within 400 ms (notifications/cancelled was sent)");
    // Not before the configured timeout (a correctness condition, not a speed one).
    expect(elapsed).toBeGreaterThanOrEqual(395);

    const call = rec
      .since(0)
      .filter(isMessage)
      .find((m) => methodOf(m) === "tools/call")!;
    const id = (call.message as { id: unknown }).id;
    const cancelled = rec
      .since(0)
      .filter(isMessage)
      .find((m) => methodOf(m) === "notifications/cancelled")!;
    expect(cancelled.dir).toBe("client->server");
    expect((cancelled.message as { params: { requestId: unknown } }).params.requestId).toBe(id);
    await waitFor(
      () => rec.since(0).some((e) => e.kind === "stderr" && e.text.startsWith(`hang fixture: cancelled ${id}`)),
      5000,
      "the target saw the cancellation",
    );

    expect(engine.getState().status).toBe("connected");
    expect(JSON.stringify((await engine.callTool("fine", {})).result)).toContain("ok");
    // A per-request timeout overrides the connection's.
    const err2 = await engine.callTool("hang", {}, { timeoutMs: 150 }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err2?.message).toMatch(/^tools\/call timed out: the server did not answer within 150 ms/);
  });

  test("cancel before the timeout: the call ends at once and notifications/cancelled reaches the target", async () => {
    const { rec, engine } = newEngine();
    await engine.connect({ target: fixture("hang") });
    const ctl = new AbortController();
    const pending = engine.callTool("hang", {}, { signal: ctl.signal }).then(
      () => undefined,
      (e: Error) => e,
    );
    await waitFor(() => rec.since(0).some((e) => isMessage(e) && methodOf(e) === "tools/call"), 5000, "the call went out");
    ctl.abort("the person pressed Cancel");
    const err = await pending;
    expect(err?.message).toBe("tools/call cancelled: the person pressed Cancel");
    const cancelled = rec
      .since(0)
      .filter(isMessage)
      .find((m) => methodOf(m) === "notifications/cancelled")!;
    expect((cancelled.message as { params: { reason: string } }).params.reason).toBe("the person pressed Cancel");
    await waitFor(
      () => rec.since(0).some((e) => e.kind === "stderr" && /^hang fixture: cancelled \d+: the person pressed Cancel$/.test(e.text)),
      5000,
      "the target saw the cancellation",
    );
    expect(JSON.stringify((await engine.callTool("fine", {})).result)).toContain("ok");
  });
});

describe("a target that writes garbage", () => {
  test("every bad line is an entry flagged as such, and valid messages keep working", async () => {
    const { rec, engine } = newEngine();
    const log = wireLogFile();
    expect((await engine.connect({ target: fixture("garbage", [], { WIRE_LOG: log }) })).status).toBe("connected");
    const out = await engine.callTool("garbage", {});
    expect(JSON.stringify(out.result)).toContain("garbage sent");
    expect(JSON.stringify((await engine.callTool("fine", {})).result)).toContain("ok");
    expect((await engine.request("ping", undefined)).result).toEqual({});

    // One entry per stdout line, in order, with the exact byte count.
    const lines = wireLines(log);
    const seen = fromStdout(rec.since(0));
    expect(seen.map((e) => (e.kind === "message" || e.kind === "stdout-noise" ? e.size : -1))).toEqual(lines.map((l) => l.length));

    const noise = seen.filter((e) => e.kind === "stdout-noise");
    expect(noise.map((e) => e.reason)).toEqual([
      "not JSON", // banner
      "not JSON", // 1 plain text
      "not JSON", // 2 truncated JSON
      "not JSON (invalid UTF-8)", // 3
      "not JSON", // 10 huge line
      "not JSON", // 12 control bytes
      "not JSON", // 13 spaces
    ]);
    expect(noise[4].text.length).toBe(2 * 1024 * 1024);

    const msgs = seen.filter(isMessage);
    const badUtf8 = msgs.find((m) => m.invalidUtf8)!;
    expect(badUtf8.undelivered).toBeUndefined();
    expect((badUtf8.message as { params: { data: string } }).params.data).toBe("bad \ufffd(\ufffd bytes");
    const undelivered = msgs.filter((m) => m.undelivered).map((m) => m.undelivered);
    expect(undelivered).toHaveLength(5);
    expect(undelivered[0]).toMatch(/^not a valid JSON-RPC message/); // 5 jsonrpc 1.0
    expect(undelivered[1]).toMatch(/^not a valid JSON-RPC message/); // 6 {"hello":"world"}
    expect(undelivered[2]).toMatch(/^not a valid JSON-RPC message/); // 7 42
    expect(undelivered[3]).toMatch(/^JSON-RPC batch/); // 8
    expect(undelivered[4]).toMatch(/^not a valid JSON-RPC message/); // 9 object id
    const huge = msgs.find((m) => m.size > 2 * 1024 * 1024)!;
    expect(huge.undelivered).toBeUndefined();
    // The response nobody asked for is delivered, and the SDK's complaint is recorded after it.
    const stray = msgs.find((m) => (m.message as { id?: unknown }).id === "nobody-asked")!;
    expect(stray.pair).toBeUndefined();
    expect(
      rec.since(stray.seq).some((e) => e.kind === "lifecycle" && e.event === "transport-error" && /unknown message ID/i.test(e.text)),
    ).toBe(true);
    expect(engine.getState().status).toBe("connected");
  });
});

describe("a target with big results", () => {
  test("an 8 MiB result (text and blob) arrives whole and is recorded at its wire size", async () => {
    const { rec, engine } = newEngine();
    const log = wireLogFile();
    await engine.connect({ target: fixture("big", [], { WIRE_LOG: log }) });
    const out = await engine.callTool("big", { mb: 4, kind: "both" });
    const content = (out.result as { content: Array<{ text?: string; resource?: { blob: string } }> }).content;
    expect(content[0].text!.length).toBe(4 * 1024 * 1024);
    expect(Buffer.from(content[1].resource!.blob, "base64").length).toBe(4 * 1024 * 1024);
    const response = rec.get(out.responseSeq!) as MessageEntry;
    expect(response.size).toBe(wireLines(log).at(-1)!.length);
    expect(response.pair?.method).toBe("tools/call");
  });

  test("slow: progress notifications are recorded before the answer", async () => {
    const { rec, engine } = newEngine();
    await engine.connect({ target: fixture("slow") });
    const out = await engine.callTool("slow", { ms: 300, steps: 3 });
    expect(JSON.stringify(out.result)).toContain("done after 300 ms");
    const progress = rec.since(out.requestSeq!).filter((m) => methodOf(m) === "notifications/progress");
    expect(progress).toHaveLength(3);
    expect(progress.every((p) => p.seq < out.responseSeq!)).toBe(true);
  });
});

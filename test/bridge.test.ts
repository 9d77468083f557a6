import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import type { RunningInspector } from "../server/launcher/inspector";
import type { Entry, MessageEntry } from "../lib/record/format";
import type { ToolCallOutcome } from "../lib/wire/protocol";
import { CommandFailed } from "../lib/wire/client";
import { EVERYTHING, FILESYSTEM, MEMORY, waitFor } from "./helpers/targets";
import { connectClient, openSession, startTestInspector } from "./helpers/inspector";

let inspector: RunningInspector | undefined;
afterEach(async () => {
  await inspector?.close();
  inspector = undefined;
});

const stdio = (file: string, args: string[] = [], env: Record<string, string> = {}) => ({
  transport: "stdio" as const,
  command: process.execPath,
  args: [file, ...args],
  env,
});
const text = (out: ToolCallOutcome) => JSON.stringify(out.result);

describe("driving the reference servers through the WebSocket", () => {
  test("filesystem: list a directory and read a file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fs-target-"));
    writeFileSync(path.join(dir, "hello.txt"), "hello from the filesystem server");
    inspector = await startTestInspector();
    const { client } = await connectClient(inspector);
    await client.hello(0);
    const state = await client.command({ type: "connect", spec: { target: stdio(FILESYSTEM, [dir]) } });
    expect(state.status, state.error?.message).toBe("connected");
    expect(state.negotiated?.serverInfo).toMatchObject({ name: expect.stringMatching(/filesystem/) });
    const listed = await client.command({ type: "call-tool", name: "list_directory", arguments: { path: dir } });
    expect(text(listed)).toContain("hello.txt");
    const read = await client.command({ type: "call-tool", name: "read_text_file", arguments: { path: path.join(dir, "hello.txt") } });
    expect(text(read)).toContain("hello from the filesystem server");
  });

  test("memory: create an entity and read the graph back", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "memory-target-"));
    inspector = await startTestInspector();
    const { client } = await connectClient(inspector);
    await client.hello(0);
    const state = await client.command({
      type: "connect",
      spec: { target: stdio(MEMORY, [], { MEMORY_FILE_PATH: path.join(dir, "memory.jsonl") }) },
    });
    expect(state.status, state.error?.message).toBe("connected");
    await client.command({
      type: "call-tool",
      name: "create_entities",
      arguments: { entities: [{ name: "Ada", entityType: "person", observations: ["wrote the first program"] }] },
    });
    const graph = await client.command({ type: "call-tool", name: "read_graph", arguments: {} });
    expect(text(graph)).toContain("wrote the first program");
  });

  test("everything: a raw request, a JSON-RPC error kept exact, sampling answered from the socket", async () => {
    inspector = await startTestInspector();
    const { client } = await connectClient(inspector);
    await client.hello(0);
    await client.command({ type: "connect", spec: { target: stdio(EVERYTHING, ["stdio"]) } });
    const ping = await client.command({ type: "request", method: "ping" });
    expect(ping.result).toEqual({});
    const err = await client.command({ type: "request", method: "bogus/method" }).catch((e) => e);
    expect(err).toBeInstanceOf(CommandFailed);
    expect((err as CommandFailed).detail.rpc).toMatchObject({ code: -32601 });

    const { client: second, seen } = await connectClient(inspector);
    await second.hello(0);
    const call = client.command({ type: "call-tool", name: "trigger-sampling-request", arguments: { prompt: "hi", maxTokens: 3 } });
    const pending = await waitFor(
      () => seen.states.at(-1)?.pending.find((p) => p.method === "sampling/createMessage"),
      10_000,
      "pending sampling in a second page",
    );
    await second.command({
      type: "answer",
      pendingId: pending.pendingId,
      result: { role: "assistant", content: { type: "text", text: "answered in tab two" }, model: "m" },
    });
    expect(text(await call)).toContain("answered in tab two");
  });
});

describe("the record reaches every page, whole", () => {
  test("a page that connects later (or reloads) gets the whole history, then the live stream", async () => {
    inspector = await startTestInspector();
    const first = await connectClient(inspector);
    await first.client.hello(0);
    await first.client.command({ type: "connect", spec: { target: stdio(EVERYTHING, ["stdio"]) } });
    await first.client.command({ type: "call-tool", name: "echo", arguments: { message: "before reload" } });
    await waitFor(() => first.seen.entries.length >= inspector!.record.lastSeq, 5000, "first page caught up");
    first.ws.close();

    const reloaded = await connectClient(inspector);
    await reloaded.client.hello(0);
    await waitFor(() => reloaded.seen.entries.length >= inspector!.record.lastSeq, 5000, "history");
    expect(reloaded.seen.entries.map((e) => e.seq)).toEqual(inspector.record.since(0).map((e) => e.seq));
    await reloaded.client.command({ type: "call-tool", name: "echo", arguments: { message: "after reload" } });
    await waitFor(
      () => reloaded.seen.entries.some((e) => e.kind === "message" && JSON.stringify(e.message).includes("Echo: after reload")),
      5000,
      "live entry",
    );
    const seqs = reloaded.seen.entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  test("a page that reconnects with since= gets only what it missed", async () => {
    inspector = await startTestInspector();
    const a = await connectClient(inspector);
    await a.client.hello(0);
    await a.client.command({ type: "connect", spec: { target: stdio(EVERYTHING, ["stdio"]) } });
    const seenUpTo = inspector.record.lastSeq;
    await a.client.command({ type: "request", method: "tools/list" });
    const b = await connectClient(inspector);
    await b.client.hello(seenUpTo);
    await waitFor(() => b.seen.entries.at(-1)?.seq === inspector!.record.lastSeq, 5000, "catch-up");
    expect(b.seen.entries[0].seq).toBe(seenUpTo + 1);
  });

  test("past the memory bound the oldest entries go, and the record says so", async () => {
    inspector = await startTestInspector({ recordMaxBytes: 64 * 1024 });
    const { client, seen } = await connectClient(inspector);
    await client.hello(0);
    await client.command({ type: "connect", spec: { target: stdio(EVERYTHING, ["stdio"]) } });
    for (let i = 0; i < 40; i++) await client.command({ type: "request", method: "tools/list" });
    const dropped = inspector.record.since(0).filter((e) => e.kind === "dropped");
    expect(dropped.length).toBeGreaterThan(0);
    expect(inspector.record.firstSeq).toBeGreaterThan(1);
    expect(inspector.record.evictedCount).toBe(inspector.record.firstSeq - 1);
    await waitFor(() => seen.entries.some((e) => e.kind === "dropped"), 5000, "dropped entry reaches the page");
    const responses = inspector.record.since(0).filter((e): e is MessageEntry => e.kind === "message" && e.pair?.method === "tools/list");
    expect(responses.length).toBeGreaterThan(0);
  });
});

describe("big results cross the socket once", () => {
  test("a result over 1 MiB is left out of the reply, which names the record entry that carries it", async () => {
    const { fixture } = await import("./helpers/fixtures");
    inspector = await startTestInspector();
    const { client, seen } = await connectClient(inspector);
    await client.hello(0);
    await client.command({ type: "connect", spec: { target: fixture("big") } });
    const small = await client.command({ type: "call-tool", name: "big", arguments: { mb: 0.1 } });
    expect(small.resultInRecord).toBeUndefined();
    expect(JSON.stringify(small.result).length).toBeGreaterThan(100_000);
    const big = await client.command({ type: "call-tool", name: "big", arguments: { mb: 2 } });
    expect(big).toMatchObject({ resultInRecord: true, responseSeq: expect.any(Number) });
    expect(big.result).toBeUndefined();
    // No preview unless the socket asked for one at hello (the headless client's replies are as before).
    expect(big.preview).toBeUndefined();
    // The page already has (or is about to get) the entry with the whole result.
    const entry = await waitFor(() => seen.entries.find((e) => e.seq === big.responseSeq), 10_000, "the big entry");
    expect((entry as { message: { result: { content: Array<{ text: string }> } } }).message.result.content[0].text.length).toBe(
      2 * 1024 * 1024,
    );
    // The same for a plain `request` (its reply's schema once required the left-out result).
    const raw = await client.command({ type: "request", method: "tools/call", params: { name: "big", arguments: { mb: 2 } } });
    expect(raw).toMatchObject({ resultInRecord: true, responseSeq: expect.any(Number) });
    expect(raw.result).toBeUndefined();
  });
});

describe("a big result's preview", () => {
  test("a socket that asked at hello gets the start of a big tool result in the reply, ahead of the entry with the whole", async () => {
    const { fixture } = await import("./helpers/fixtures");
    inspector = await startTestInspector();
    const { client, seen } = await connectClient(inspector);
    await client.hello(0, { previews: true });
    await client.command({ type: "connect", spec: { target: fixture("big") } });
    const small = await client.command({ type: "call-tool", name: "big", arguments: { mb: 0.1 } });
    expect(small.preview).toBeUndefined();
    const big = await client.command({ type: "call-tool", name: "big", arguments: { mb: 2 } });
    expect(big).toMatchObject({ resultInRecord: true, responseSeq: expect.any(Number) });
    expect(big.result).toBeUndefined();
    const text = (big.preview as { content: Array<{ type: string; text: string }> }).content[0];
    expect(text.type).toBe("text");
    expect(text.text.length).toBe(64 * 1024);
    expect(text.text.startsWith("line 00000000: ")).toBe(true);
    // The reply left first: the entry with the whole result comes after it, unchanged.
    expect(seen.entries.some((e) => e.seq === big.responseSeq)).toBe(false);
    const entry = await waitFor(() => seen.entries.find((e) => e.seq === big.responseSeq), 10_000, "the big entry");
    expect((entry as { message: { result: { content: Array<{ text: string }> } } }).message.result.content[0].text.length).toBe(
      2 * 1024 * 1024,
    );
    // A plain `request` (the Raw tab, the timeline's send-again) gets no preview.
    const raw = await client.command({ type: "request", method: "tools/call", params: { name: "big", arguments: { mb: 2 } } });
    expect(raw).toMatchObject({ resultInRecord: true });
    expect((raw as { preview?: unknown }).preview).toBeUndefined();
  });
});

describe("every command is followed by its own id", () => {
  const SLOW = "trigger-long-running-operation";

  test("accepted arrives before the request's progress and response, naming its record seq and progress token", async () => {
    inspector = await startTestInspector();
    const { client, seen } = await connectClient(inspector);
    await client.hello(0);
    await client.command({ type: "connect", spec: { target: stdio(EVERYTHING, ["stdio"]) } });
    const sent = client.send({ type: "call-tool", name: SLOW, arguments: { duration: 0.3, steps: 3 } });
    const accepted = (await sent.accepted)!;
    const out = await sent.reply;
    expect(accepted).toEqual({ requestSeq: out.requestSeq, progressToken: expect.anything() });
    const request = inspector.record.get(accepted.requestSeq) as MessageEntry;
    expect(request.message).toMatchObject({
      method: "tools/call",
      params: { name: SLOW, _meta: { progressToken: accepted.progressToken } },
    });

    const at = (match: (e: Entry) => boolean) => seen.arrivals.findIndex((a) => "entry" in a && match(a.entry));
    const acceptedAt = seen.arrivals.findIndex((a) => "accepted" in a && a.accepted.id === sent.id);
    const progressAt = at(
      (e) =>
        e.kind === "message" && (e.message as { params?: { progressToken?: unknown } }).params?.progressToken === accepted.progressToken,
    );
    const responseAt = at((e) => e.seq === out.responseSeq);
    expect(acceptedAt).toBeGreaterThanOrEqual(0);
    expect(progressAt).toBeGreaterThan(acceptedAt);
    expect(responseAt).toBeGreaterThan(progressAt);
  });

  test("two tabs calling the same slow tool at once each follow their own progress", async () => {
    inspector = await startTestInspector();
    const tabA = await openSession(inspector);
    const tabB = await openSession(inspector);
    try {
      await tabA.command({ type: "connect", spec: { target: stdio(EVERYTHING, ["stdio"]) } });
      // The same tool, sent from two tabs in the same instant; different step counts tell the bars apart.
      const a = tabA.send({ type: "call-tool", name: SLOW, arguments: { duration: 0.4, steps: 2 } });
      const b = tabB.send({ type: "call-tool", name: SLOW, arguments: { duration: 0.4, steps: 4 } });
      const [accA, accB] = [(await a.accepted)!, (await b.accepted)!];
      expect(accA.requestSeq).not.toBe(accB.requestSeq);
      expect(accA.progressToken).not.toEqual(accB.progressToken);
      await Promise.all([a.reply, b.reply]);
      // Each tab sees every entry; its bar reads only its own call's progress.
      await waitFor(
        () => tabA.feed.progressOf(accA)?.progress === 2 && tabB.feed.progressOf(accB)?.progress === 4,
        5000,
        "both calls' last progress",
      );
      expect(tabA.feed.progressOf(accA)).toMatchObject({ progress: 2, total: 2 });
      expect(tabB.feed.progressOf(accB)).toMatchObject({ progress: 4, total: 4 });
      expect(tabA.feed.progressOf(accB)).toMatchObject({ total: 4 });
    } finally {
      tabA.stop();
      tabB.stop();
    }
  });

  test("cancel names the command's own id, on its own socket; the target is told which request", async () => {
    inspector = await startTestInspector();
    const a = await connectClient(inspector);
    const b = await connectClient(inspector);
    await a.client.hello(0);
    await a.client.command({ type: "connect", spec: { target: stdio(EVERYTHING, ["stdio"]) } });
    const sent = a.client.send({ type: "call-tool", name: SLOW, arguments: { duration: 30, steps: 30 } });
    const accepted = (await sent.accepted)!;
    // Another socket's commands have ids of their own: this one is not theirs to cancel.
    await expect(b.client.command({ type: "cancel", target: sent.id })).rejects.toThrow(/nothing in flight with id/);
    await a.client.command({ type: "cancel", target: sent.id, reason: "enough" });
    await expect(sent.reply).rejects.toThrow("tools/call cancelled: enough");
    const rpcId = ((inspector.record.get(accepted.requestSeq) as MessageEntry).message as { id: number }).id;
    const cancelled = inspector.record
      .since(accepted.requestSeq)
      .find((e): e is MessageEntry => e.kind === "message" && (e.message as { method?: string }).method === "notifications/cancelled");
    expect(cancelled?.message).toMatchObject({ params: { requestId: rpcId, reason: "enough" } });
  });

  test("a reply that would break its schema is not sent as data: the command fails in words and the socket goes on", async () => {
    inspector = await startTestInspector();
    const { client, seen } = await connectClient(inspector);
    await client.hello(0);
    // An engine that breaks the contract (no verdict, durationMs in words).
    inspector.engine.sendToolCall = () => ({ requestSeq: 1, outcome: Promise.resolve({ result: {}, durationMs: "slow" }) }) as never;
    const err = await client.command({ type: "call-tool", name: "anything", arguments: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandFailed);
    expect((err as CommandFailed).message).toMatch(
      /^inspector bug: the reply to call-tool does not fit its schema at (verdict|durationMs)/,
    );
    expect(await client.command({ type: "hello", since: inspector.record.lastSeq })).toMatchObject({ lastSeq: inspector.record.lastSeq });
    expect(seen.problems).toEqual([]);
  });
});

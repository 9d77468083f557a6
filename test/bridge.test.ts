import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import type { RunningInspector } from "../server/inspector";
import type { MessageEntry } from "../lib/record/format";
import type { SessionState } from "../lib/wire/session-state";
import type { ToolCallOutcome } from "../lib/wire/protocol";
import { CommandFailed } from "../lib/wire/client";
import { EVERYTHING, FILESYSTEM, MEMORY, waitFor } from "./helpers/targets";
import { connectClient, startTestInspector } from "./helpers/inspector";

let inspector: RunningInspector | undefined;
afterEach(async () => {
  await inspector?.close();
  inspector = undefined;
});

const stdio = (file: string, args: string[] = [], env: Record<string, string> = {}) => ({ transport: "stdio" as const, command: process.execPath, args: [file, ...args], env });
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
    const state = await client.command({ type: "connect", spec: { target: stdio(MEMORY, [], { MEMORY_FILE_PATH: path.join(dir, "memory.jsonl") }) } });
    expect(state.status, state.error?.message).toBe("connected");
    await client.command({ type: "call-tool", name: "create_entities", arguments: { entities: [{ name: "Ada", entityType: "person", observations: ["wrote the first program"] }] } });
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
    const pending = await waitFor(() => seen.states.at(-1)?.pending.find((p) => p.method === "sampling/createMessage"), 10_000, "pending sampling in a second page");
    await second.command({ type: "answer", pendingId: pending.pendingId, result: { role: "assistant", content: { type: "text", text: "answered in tab two" }, model: "m" } });
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
    await waitFor(() => reloaded.seen.entries.some((e) => e.kind === "message" && JSON.stringify(e.message).includes("Echo: after reload")), 5000, "live entry");
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
    // The page already has (or is about to get) the entry with the whole result.
    const entry = await waitFor(() => seen.entries.find((e) => e.seq === big.responseSeq), 10_000, "the big entry");
    expect(((entry as { message: { result: { content: Array<{ text: string }> } } }).message.result.content[0].text.length)).toBe(2 * 1024 * 1024);
  });
});

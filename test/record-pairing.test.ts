// Who pairs a response with its request: one module (server/record/pairing.ts), used by the
// connection for its frames in both directions; the record store only appends.
import { describe, expect, test } from "vitest";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Entry, MessageEntry } from "../lib/record/format";
import { Pairing } from "../server/record/pairing";
import { RecordStore } from "../server/record/store";
import { engineFactory } from "./helpers/engine";
import { FakeClock } from "./helpers/fake-clock";
import { memoryTarget } from "./helpers/memory-target";
import { waitFor } from "./helpers/targets";

const { newEngine } = engineFactory();
const memory = { transport: "stdio" as const, command: "in-memory" };
const messages = (entries: Entry[]) => entries.filter((e): e is MessageEntry => e.kind === "message");
const methodOf = (e: MessageEntry) => (e.message as { method?: unknown }).method;

function echoServer() {
  const server = new McpServer({ name: "echo", version: "1.0.0" });
  server.registerTool("echo", { inputSchema: {} }, () => ({ content: [{ type: "text", text: "ok" }] }));
  server.registerTool("ask", { inputSchema: {} }, async () => {
    const r = await server.server.createMessage({ messages: [{ role: "user", content: { type: "text", text: "hi" } }], maxTokens: 5 });
    return { content: [{ type: "text", text: JSON.stringify(r.content) }] };
  });
  server.registerTool("never", { inputSchema: {} }, () => new Promise(() => undefined));
  // Answers a request nobody sent (id 2) before its own answer.
  server.registerTool("stray", { inputSchema: {} }, async () => {
    await server.server.transport!.send({ jsonrpc: "2.0", id: 2, result: {} });
    return { content: [{ type: "text", text: "ok" }] };
  });
  return server;
}

describe("the pairing module", () => {
  test('pairs by the request\'s direction and id: 1 and "1" differ, each request is answered once, the latency is read on its clock', () => {
    let now = 100;
    const p = new Pairing<"a->b" | "b->a">({ now: () => now });
    p.opened("a->b", 1, 10, "one");
    p.opened("a->b", "1", 11, "string one");
    p.opened("b->a", 1, 12, "the other way");
    now = 102.5;
    expect(p.answered("a->b", "1")).toMatchObject({ pair: { seq: 11, method: "string one", latencyMs: 2.5 } });
    expect(p.answered("a->b", 1)?.pair).toEqual({ seq: 10, method: "one", latencyMs: 2.5 });
    expect(p.answered("a->b", 1)).toBeUndefined();
    expect(p.answered("a->b", 2)).toBeUndefined();
    expect(p.size).toBe(1);
    expect(p.answered("b->a", 1)?.pair.seq).toBe(12);
  });

  test("a reused id pairs with the newest request; past maxOpen the oldest request is forgotten; a tag comes back with the answer", () => {
    const p = new Pairing<"out">({ maxOpen: 2, now: () => 0 });
    p.opened("out", 7, 1, "first");
    p.opened("out", 7, 2, "again");
    expect(p.answered("out", 7)).toMatchObject({ pair: { seq: 2, method: "again" } });
    p.opened("out", 1, 3, "a");
    p.opened("out", 2, 4, "b");
    p.opened("out", 3, 5, "c");
    expect(p.size).toBe(2);
    expect(p.answered("out", 1)).toBeUndefined();
    expect(p.answered("out", 3)?.pair.seq).toBe(5);
  });
});

describe("the record store is a plain append-only sink", () => {
  test("it keeps entries as given: it pairs nothing", () => {
    const rec = new RecordStore();
    rec.append({ kind: "message", dir: "client->server", message: { jsonrpc: "2.0", id: 1, method: "ping" }, size: 1 });
    const res = rec.append({ kind: "message", dir: "server->client", message: { jsonrpc: "2.0", id: 1, result: {} }, size: 1 });
    expect(res.kind === "message" && res.pair).toBeUndefined();
  });
});

describe("the connection pairs its frames before they are recorded (in memory, on a fake clock)", () => {
  test("every response is appended already paired, in both directions: the handshake's, the engine's calls, and the client's answer to the server's request", async () => {
    const { engine, rec } = newEngine({ transports: memoryTarget(echoServer), clock: new FakeClock() });
    // What a listener sees at append time is what the entry is: nothing is added later.
    const atAppend: string[] = [];
    rec.subscribe((e) => atAppend.push(JSON.stringify(e)));
    await engine.connect({ target: memory, capabilities: { sampling: true, elicitationForm: false, elicitationUrl: false, roots: false } });
    const ask = engine.callTool("ask", {});
    const pending = await waitFor(() => engine.getState().pending[0], 10_000, "the sampling request");
    await engine.answer(pending.pendingId, {
      result: { role: "assistant", content: { type: "text", text: "fine" }, model: "m", stopReason: "endTurn" },
    });
    await ask;
    await engine.callTool("echo", {});

    const all = messages(rec.since(0));
    const seen = atAppend.map((j) => JSON.parse(j) as Entry);
    expect(seen).toEqual(rec.since(0));
    const bySeq = new Map(all.map((m) => [m.seq, m]));
    const responses = all.filter((m) => !("method" in (m.message as object)));
    expect(responses.map((r) => [r.dir, r.pair?.method])).toEqual([
      ["server->client", "initialize"],
      ["client->server", "sampling/createMessage"],
      ["server->client", "tools/call"],
      ["server->client", "tools/call"],
    ]);
    for (const r of responses) {
      const req = bySeq.get(r.pair!.seq)!;
      expect(req.dir).not.toBe(r.dir);
      expect((req.message as { id: unknown }).id).toBe((r.message as { id: unknown }).id);
      expect(methodOf(req)).toBe(r.pair!.method);
      expect(r.pair!.latencyMs).toBeGreaterThanOrEqual(0);
    }
  });

  test("a new connection starts with fresh pairing: an id the last connection left open does not pair in the next one", async () => {
    const { engine, rec } = newEngine({ transports: memoryTarget(echoServer), clock: new FakeClock() });
    await engine.connect({ target: memory });
    // Ids 1 and 2: calls the old connection never saw answered.
    const open = [engine.callTool("never", {}), engine.callTool("never", {})].map((c) =>
      c.then(
        () => "answered",
        (e: Error) => e.message,
      ),
    );
    const firstEnd = rec.lastSeq;
    await engine.restart();
    expect(await Promise.all(open)).toEqual(["disconnected", "disconnected"]);
    // The new connection sends initialize (0) and this call (1); the server also answers id 2, which it never asked.
    await engine.callTool("stray", {});
    const after = rec.since(firstEnd);
    const responses = messages(after).filter((m) => m.dir === "server->client" && "result" in (m.message as object));
    const stray = responses.find((r) => (r.message as { id: unknown }).id === 2)!;
    expect(stray.pair).toBeUndefined();
    expect(after.some((e) => e.kind === "lifecycle" && e.event === "transport-error" && e.text.includes("unknown message ID 2"))).toBe(
      true,
    );
    const paired = responses.filter((r) => r.pair);
    expect(paired.map((r) => r.pair!.method)).toEqual(["initialize", "tools/call"]);
    for (const r of paired) expect(r.pair!.seq).toBeGreaterThan(firstEnd);
  });
});

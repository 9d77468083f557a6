import { describe, expect, test } from "vitest";
import { RecordStore } from "../server/record/store";
import type { Entry, MessageEntry } from "../lib/record/format";
import type { Target } from "../lib/target/target";
import { FIXTURES, everythingStdio, freePort, waitFor } from "./helpers/targets";
import { startEverythingHttp } from "./helpers/http-everything";
import { engineFactory } from "./helpers/engine";
import { FakeClock } from "./helpers/fake-clock";
import { memoryTarget } from "./helpers/memory-target";
import { slowServer } from "./helpers/slow-server";

const messages = (rec: RecordStore) => rec.since(0).filter((e): e is MessageEntry => e.kind === "message");
const method = (e: Entry) => (e.kind === "message" ? (e.message as { method?: string }).method : undefined);

const { newEngine, onCleanup } = engineFactory();

/** The checks every transport must pass: handshake, listing, a paired call, sampling held and answered. */
async function exerciseEverything(target: Target) {
  const { rec, engine } = newEngine();
  const state = await engine.connect({ target });
  expect(state.status, JSON.stringify(state.error)).toBe("connected");
  expect(state.negotiated?.protocolVersion).toBe("2025-11-25");
  expect(state.negotiated?.serverInfo).toMatchObject({ name: "mcp-servers/everything" });

  // The record holds the handshake exactly as sent, in order.
  const msgs = messages(rec);
  const init = msgs.find((m) => method(m) === "initialize")!;
  expect(init.dir).toBe("client->server");
  const initResponse = msgs.find((m) => m.pair?.seq === init.seq)!;
  expect(initResponse.dir).toBe("server->client");
  expect((initResponse.message as { result: { protocolVersion: string } }).result.protocolVersion).toBe("2025-11-25");
  expect(initResponse.pair!.method).toBe("initialize");
  const initialized = msgs.find((m) => method(m) === "notifications/initialized")!;
  expect(initialized.seq).toBeGreaterThan(initResponse.seq);
  for (const m of msgs) {
    expect(m.size).toBe(Buffer.byteLength(m.raw ?? JSON.stringify(m.message)));
    expect((m.message as { jsonrpc: string }).jsonrpc).toBe("2.0");
  }

  const list = await engine.request("tools/list", {});
  const tools = (list.result as { tools: Array<{ name: string }> }).tools.map((t) => t.name);
  expect(tools).toContain("get-sum");
  expect(tools).toContain("trigger-sampling-request");

  const sum = await engine.callTool("get-sum", { a: 2, b: 40 });
  expect(JSON.stringify(sum.result)).toContain("42");
  const req = rec.get(sum.requestSeq!) as MessageEntry;
  const res = rec.get(sum.responseSeq!) as MessageEntry;
  expect(method(req)).toBe("tools/call");
  expect(res.pair).toMatchObject({ seq: req.seq, method: "tools/call" });
  expect(res.pair!.latencyMs).toBeGreaterThanOrEqual(0);
  expect((res.message as { id: unknown }).id).toBe((req.message as { id: unknown }).id);

  // A server->client request is held for the driver, not answered by the engine.
  const call = engine.callTool("trigger-sampling-request", { prompt: "hello", maxTokens: 5 });
  const pending = await waitFor(
    () => engine.getState().pending.find((p) => p.method === "sampling/createMessage"),
    10_000,
    "a pending sampling request",
  );
  expect(pending.method).toBe("sampling/createMessage");
  expect(rec.get(pending.seq)).toMatchObject({ kind: "message", dir: "server->client" });
  await engine.answer(pending.pendingId, {
    result: { role: "assistant", content: { type: "text", text: "typed by a person" }, model: "human", stopReason: "endTurn" },
  });
  const sampled = await call;
  expect(JSON.stringify(sampled.result)).toContain("typed by a person");
  expect(engine.getState().pending.filter((p) => p.method === "sampling/createMessage")).toEqual([]);
  const answer = messages(rec).find((m) => m.dir === "client->server" && m.pair?.seq === pending.seq);
  expect(answer).toBeDefined();
  return { rec, engine };
}

describe("engine against the everything server", () => {
  test("over stdio: handshake, calls, sampling, stderr and exit are recorded", async () => {
    const { rec, engine } = await exerciseEverything(everythingStdio());
    expect(rec.since(0).some((e) => e.kind === "stderr" && /Starting default \(STDIO\) server/.test(e.text))).toBe(true);
    expect(rec.since(0).find((e) => e.kind === "lifecycle" && e.event === "spawned")).toMatchObject({ pid: expect.any(Number) });
    await engine.disconnect();
    const exited = rec.since(0).find((e) => e.kind === "lifecycle" && e.event === "exited");
    expect(exited).toBeDefined();
    expect(engine.getState().status).toBe("disconnected");
  });

  test("over Streamable HTTP", async () => {
    const server = await startEverythingHttp("streamableHttp");
    onCleanup(() => server.stop());
    const { rec } = await exerciseEverything({ transport: "http", url: server.url, headers: { Authorization: "Bearer test-token" } });
    expect(rec.since(0).filter((e) => e.kind === "stderr")).toEqual([]);
  });

  test("over legacy SSE", async () => {
    const server = await startEverythingHttp("sse");
    onCleanup(() => server.stop());
    await exerciseEverything({ transport: "sse", url: server.url, headers: {} });
  });

  test("a sampling request nobody answers gets a timeout error reply", async () => {
    const { rec, engine } = newEngine();
    await engine.connect({ target: everythingStdio(), timeouts: { serverRequestMs: 300 } });
    const out = await engine.callTool("trigger-sampling-request", { prompt: "x", maxTokens: 5 });
    const reply = messages(rec).find((m) => m.dir === "client->server" && m.pair?.method === "sampling/createMessage")!;
    expect((reply.message as { error: { code: number; message: string } }).error).toMatchObject({
      code: -32001,
      message: expect.stringMatching(/nobody answered/),
    });
    expect(JSON.stringify(out)).toMatch(/nobody answered|timed out|error/i);
    expect(engine.getState().pending.filter((p) => p.method === "sampling/createMessage")).toEqual([]);
  });

  test("a rejected sampling request reaches the server as a JSON-RPC error", async () => {
    const { engine } = newEngine();
    await engine.connect({ target: everythingStdio() });
    const call = engine.callTool("trigger-sampling-request", { prompt: "x", maxTokens: 5 });
    const pending = await waitFor(() => engine.getState().pending.find((p) => p.method === "sampling/createMessage"));
    await engine.answer(pending.pendingId, { error: { code: -1, message: "User rejected sampling request" } });
    const out = await call;
    expect(JSON.stringify(out)).toContain("User rejected sampling request");
  });

  test("capabilities are set by the caller before connecting", async () => {
    const { rec, engine } = newEngine();
    await engine.connect({
      target: everythingStdio(),
      capabilities: { sampling: false, elicitationForm: false, elicitationUrl: false, roots: false, tasks: false, apps: false },
    });
    const init = messages(rec).find((m) => method(m) === "initialize")!;
    expect((init.message as { params: { capabilities: object } }).params.capabilities).toEqual({});
    const tools = ((await engine.request("tools/list", {})).result as { tools: Array<{ name: string }> }).tools.map((t) => t.name);
    expect(tools).not.toContain("trigger-sampling-request");
  });

  test("a JSON-RPC error from the target is returned exactly as sent", async () => {
    const { engine } = newEngine();
    await engine.connect({ target: everythingStdio() });
    await expect(engine.request("no/such-method", {})).rejects.toMatchObject({ name: "RpcError", rpc: { code: -32601 } });
  });

  test("get-structured-content gets an outputSchema verdict", async () => {
    const { engine } = newEngine();
    await engine.connect({ target: everythingStdio() });
    await engine.request("tools/list", {});
    const out = await engine.callTool("get-structured-content", { location: "Chicago" });
    expect(out.verdict).toEqual({ valid: true, errors: [] });
  });
});

describe("connection failures are described in words", () => {
  test("command not found", async () => {
    const { engine } = newEngine();
    const s = await engine.connect({ target: { transport: "stdio", command: "no-such-command-xyz", args: [], env: {} } });
    expect(s.status).toBe("failed");
    expect(s.error).toMatchObject({ kind: "command-not-found", message: "command not found: no-such-command-xyz" });
  });

  test("exits during start-up, with code and stderr", async () => {
    const { rec, engine } = newEngine();
    const s = await engine.connect({
      target: {
        transport: "stdio",
        command: process.execPath,
        args: ["-e", "console.error('boom: missing API key'); process.exit(3)"],
        env: {},
      },
    });
    expect(s.status).toBe("failed");
    expect(s.error).toMatchObject({ kind: "exited", exitCode: 3, stderrTail: ["boom: missing API key"] });
    expect(s.error!.message).toMatch(/exited with code 3.*boom: missing API key/);
    expect(rec.since(0).some((e) => e.kind === "lifecycle" && e.event === "exited" && e.code === 3)).toBe(true);
  });

  test("exits during start-up: the stderr line that says why leads the message, not Node's stack after it", async () => {
    const { engine } = newEngine();
    const s = await engine.connect({ target: { transport: "stdio", command: process.execPath, args: ["/no/such/server.js"], env: {} } });
    expect(s.error!.message).toMatch(/^the server exited with code 1 during start-up: Error: Cannot find module '\/no\/such\/server\.js'$/);
  });

  test("connection refused", async () => {
    const { engine } = newEngine();
    const port = await freePort();
    const s = await engine.connect({ target: { transport: "http", url: `http://127.0.0.1:${port}/mcp`, headers: {} } });
    expect(s.error).toMatchObject({
      kind: "connection-refused",
      message: `connection refused: nothing is listening at http://127.0.0.1:${port}/mcp`,
    });
  });
});

describe("more connection failures in words", () => {
  test("initialize timed out", async () => {
    const { engine } = newEngine();
    const s = await engine.connect({
      target: { transport: "stdio", command: process.execPath, args: ["-e", "setInterval(() => {}, 1000)"], env: {} },
      timeouts: { initializeMs: 300 },
    });
    expect(s.error).toMatchObject({
      kind: "initialize-timeout",
      message: "initialize timed out: the server did not answer the initialize request in time",
    });
  });

  test("protocol version not supported", async () => {
    const { engine } = newEngine();
    const s = await engine.connect({
      target: { transport: "stdio", command: process.execPath, args: [`${FIXTURES}/broken-server.mjs`], env: { BROKEN_MODE: "version" } },
    });
    expect(s.error).toMatchObject({
      kind: "protocol-version",
      message: "protocol version not supported: the server answered with 1999-01-01",
    });
  });
});

describe("notifications the SDK acts on reach it; the rest stay in the record only", () => {
  test("progress reaches the SDK (a call's timeout restarts on it), and log messages are recorded though not handed over", async () => {
    const clock = new FakeClock();
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const { rec, engine } = newEngine({ transports: memoryTarget(() => slowServer(clock, started)), clock });
    await engine.connect({ target: { transport: "stdio", command: "in-memory" } });
    // 1.2 s of work with progress about every 170 ms, under a 500 ms timeout that progress restarts.
    const call = engine.callTool("slow", { ms: 1200, steps: 6 }, { timeoutMs: 500, resetTimeoutOnProgress: true });
    await running;
    await clock.advance(1200);
    const out = await call;
    expect(out.error).toBeUndefined();
    expect(out.result).toBeDefined();
    expect(JSON.stringify(out.result)).toContain("done after 1200 ms");
    const progress = messages(rec).filter((m) => (m.message as { method?: string }).method === "notifications/progress");
    expect(progress.length).toBeGreaterThanOrEqual(5);
  });
});

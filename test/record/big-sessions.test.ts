import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { Entry, NewEntry } from "../../lib/record/format";
import { MAX_SESSION_FILE_BYTES, parseSession } from "../../lib/session/file";
import type { SessionState } from "../../lib/session/state";
import { readTextFileBounded } from "../../server/read-bounded";
import { writeSessionFile } from "../../server/record/session-file";
import { loadSessionFile } from "../../server/record/session-loader";
import { RecordStore } from "../../server/record/store";

// Issue 91: what the product writes it reads, and the record keeps what makes it a session.

const dir = mkdtempSync(path.join(tmpdir(), "big-sessions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const target = { transport: "stdio" as const, command: "node", args: ["server.js"], env: {} };
const state = {} as SessionState;

function frame(dir: "client->server" | "server->client", message: object, pair?: { seq: number; method: string }): NewEntry {
  const size = Buffer.byteLength(JSON.stringify(message));
  return { kind: "message", dir, message, size, ...(pair ? { pair: { ...pair, latencyMs: 1 } } : {}) };
}

/** initialize, initialized, tools/list and their answers: what every reader needs to show or replay a session. */
function handshake(store: RecordStore): void {
  const init = store.append(
    frame("client->server", { jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-11-25" } }),
  );
  store.append(
    frame(
      "server->client",
      { jsonrpc: "2.0", id: 0, result: { protocolVersion: "2025-11-25", capabilities: { tools: {} } } },
      { seq: init.seq, method: "initialize" },
    ),
  );
  store.append(frame("client->server", { jsonrpc: "2.0", method: "notifications/initialized" }));
  const list = store.append(frame("client->server", { jsonrpc: "2.0", id: 1, method: "tools/list", params: {} }));
  store.append(
    frame(
      "server->client",
      { jsonrpc: "2.0", id: 1, result: { tools: [{ name: "big", inputSchema: { type: "object" } }] } },
      { seq: list.seq, method: "tools/list" },
    ),
  );
}

function methods(entries: readonly Entry[]): string[] {
  return entries.flatMap((e) => (e.kind === "message" ? [String((e.message as { method?: string }).method ?? e.pair?.method)] : []));
}

function call(store: RecordStore, id: number, text: string): void {
  const req = store.append(frame("client->server", { jsonrpc: "2.0", id, method: "tools/call", params: { name: "big", arguments: {} } }));
  store.append(
    frame("server->client", { jsonrpc: "2.0", id, result: { content: [{ type: "text", text }] } }, { seq: req.seq, method: "tools/call" }),
  );
}

describe("a 50 MB answer", () => {
  const store = new RecordStore();
  handshake(store);
  const big = "x".repeat(50_000_000);
  call(store, 2, big);

  test("keeps the handshake and the lists in the record; the answer stays, cut, with its size and digest", () => {
    const entries = store.since(0);
    expect(entries.some((e) => e.kind === "dropped")).toBe(false);
    expect(methods(entries)).toEqual([
      "initialize",
      "initialize",
      "notifications/initialized",
      "tools/list",
      "tools/list",
      "tools/call",
      "tools/call",
    ]);
    const answer = entries.at(-1)!;
    if (answer.kind !== "message") throw new Error("not a message");
    const wire = JSON.stringify({ jsonrpc: "2.0", id: 2, result: { content: [{ type: "text", text: big }] } });
    expect(answer.size).toBe(Buffer.byteLength(wire));
    expect(answer.cut).toEqual({ field: "result", by: "record", sha256: `sha256:${createHash("sha256").update(wire).digest("hex")}` });
    expect(answer.message).toMatchObject({ jsonrpc: "2.0", id: 2, result: expect.stringMatching(/^\[cut: 50,000,\d+ bytes/) });
    expect(answer.pair).toMatchObject({ method: "tools/call" });
  });

  test("saved, it opens in --open's loader and in replay's reader with the handshake present", () => {
    const file = path.join(dir, "fifty.mcp-session.json");
    writeSessionFile(file, { target, state, entries: store.since(0) });
    const loaded = loadSessionFile(file);
    if (!loaded.ok) throw new Error(loaded.message);
    expect(methods(loaded.session.entries).slice(0, 5)).toEqual([
      "initialize",
      "initialize",
      "notifications/initialized",
      "tools/list",
      "tools/list",
    ]);
    const replayed = parseSession(readTextFileBounded(file, MAX_SESSION_FILE_BYTES, "a session file"));
    expect(replayed.ok).toBe(true);
  });
});

test("a record filled past its bound by many answers keeps initialize and tools/list, and says what it dropped", () => {
  const store = new RecordStore({ maxBytes: 4 * 1024 * 1024 });
  handshake(store);
  for (let id = 2; id < 40; id++) call(store, id, "y".repeat(200_000));
  const entries = store.since(0);
  expect(entries.some((e) => e.kind === "dropped")).toBe(true);
  expect(methods(entries).slice(0, 5)).toEqual(["initialize", "initialize", "notifications/initialized", "tools/list", "tools/list"]);
  expect(store.get(1)?.kind).toBe("message");
  const seqs = entries.map((e) => e.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
});

describe("a session bigger than a reader opens", () => {
  test("large answers are cut at save, said so, and the file opens", () => {
    const store = new RecordStore();
    handshake(store);
    // Five answers of 7 MB each: each under the record's bound, 35 MB together.
    for (let id = 2; id < 7; id++) call(store, id, String(id).repeat(7_000_000));
    const file = path.join(dir, "five.mcp-session.json");
    const note = writeSessionFile(file, { target, state, entries: store.since(0) });
    expect(note).toMatch(/past the 32 MiB a session file may be: \d+ largest (body was|bodies were) cut \(size and sha-256 kept\)/);
    expect(statSync(file).size).toBeLessThanOrEqual(MAX_SESSION_FILE_BYTES);
    const loaded = loadSessionFile(file);
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.session.entries.filter((e) => e.kind === "message" && e.cut?.by === "file").length).toBeGreaterThan(0);
    expect(methods(loaded.session.entries)[0]).toBe("initialize");
  });

  test("a long run of small calls keeps the handshake, drops the oldest calls with a dropped entry, and opens", () => {
    const store = new RecordStore();
    handshake(store);
    const text = "z".repeat(3000);
    for (let id = 2; id < 6000; id++) call(store, id, text);
    const file = path.join(dir, "long.mcp-session.json");
    const note = writeSessionFile(file, { target, state, entries: store.since(0) }, {});
    expect(note).toBeUndefined();
    // Shrink the bound the test holds the writer to by writing a session past it: 12,000 frames of 3 KB fit in 32 MiB,
    // so the drop path is proven with more of them below.
    for (let id = 6000; id < 12000; id++) call(store, id, text);
    const note2 = writeSessionFile(file, { target, state, entries: store.since(0) });
    expect(note2).toMatch(/oldest entries dropped \(counted in a dropped entry\)/);
    expect(readFileSync(file).length).toBeLessThanOrEqual(MAX_SESSION_FILE_BYTES);
    const loaded = loadSessionFile(file);
    if (!loaded.ok) throw new Error(loaded.message);
    expect(methods(loaded.session.entries).slice(0, 5)).toEqual([
      "initialize",
      "initialize",
      "notifications/initialized",
      "tools/list",
      "tools/list",
    ]);
    expect(loaded.session.entries.at(-1)).toMatchObject({ kind: "dropped", text: expect.stringMatching(/session file bound \(32 MiB/) });
  });
});

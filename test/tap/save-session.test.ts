// Issue 65: a tap writes its session when the host disconnects, and a host may kill it soon after.
// The file is written beside its place and renamed over it: a kill mid-write leaves the last whole
// file, never a cut one.
import { spawn } from "node:child_process";
import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeSessionFile } from "../../server/record/session-file";
import { loadSessionFile } from "../../server/record/session-loader";
import { SessionJournal } from "../../server/record/session-journal";
import { RecordStore } from "../../server/record/store";
import { TapRecorder } from "../../server/tap/recorder";
import { startJournal } from "../../server/tap/session";
import type { Entry, NewEntry } from "../../lib/record/format";
import type { Target } from "../../lib/target/target";
import { DEFAULT_ANSWERS } from "../../lib/answers/schema";
import { FIXTURES, ROOT } from "../helpers/targets";

const asMessage = (m: unknown) => m as { id?: number; method?: string };

const target: Target = { transport: "stdio", command: "node", args: ["server.js"], env: {} };
const state = { status: "disconnected" as const, generation: 1, target, pending: [], answers: DEFAULT_ANSWERS };
const note = (seq: number, text: unknown): Entry => ({
  seq,
  t: seq,
  kind: "message",
  dir: "server->client",
  size: 1,
  message: { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: text } },
});
const OLD = "the last whole session\n";

describe("the session file is replaced whole", () => {
  it("a write that fails midway leaves the file as it was, and no temporary file beside it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "save-whole-"));
    const file = path.join(dir, "s.mcp-session.json");
    writeFileSync(file, OLD);
    // The 3,000th entry cannot be written (a BigInt has no JSON): the first ones already were.
    const entries = Array.from({ length: 5_000 }, (_, i) => note(i + 1, i === 2_999 ? 1n : `line ${i}`));
    expect(() => writeSessionFile(file, { target, state, entries })).toThrow(/BigInt/);
    expect(readFileSync(file, "utf8")).toBe(OLD);
    expect(readdirSync(dir)).toEqual(["s.mcp-session.json"]);
  });

  it("0600 unless another mode is asked, whatever the file replaced had (issue 88); a link at the path in the person's own folder is replaced, not written through", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "save-mode-"));
    const entries = [note(1, "hello")];
    const kept = path.join(dir, "kept.json");
    writeFileSync(kept, OLD, { mode: 0o666 });
    writeSessionFile(kept, { target, state, entries });
    expect(statSync(kept).mode & 0o777).toBe(0o600);
    writeSessionFile(kept, { target, state, entries }, { mode: 0o640 });
    expect(statSync(kept).mode & 0o777).toBe(0o640);
    const narrowed = path.join(dir, "narrowed.json");
    writeFileSync(narrowed, OLD, { mode: 0o644 });
    writeSessionFile(narrowed, { target, state, entries }, { mode: 0o600 });
    expect(statSync(narrowed).mode & 0o777).toBe(0o600);
    const elsewhere = path.join(dir, "elsewhere.txt");
    writeFileSync(elsewhere, OLD);
    const link = path.join(dir, "link.json");
    symlinkSync(elsewhere, link);
    writeSessionFile(link, { target, state, entries });
    expect(readFileSync(elsewhere, "utf8")).toBe(OLD);
    expect(lstatSync(link).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(link, "utf8")).entries).toHaveLength(1);
  });

  // Spawned as a host would: bin/inspector.mjs (dist/, built by `npm run build`).
  it("a host that kills the tap while it saves leaves the last whole file, never a cut one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-kill-"));
    const file = path.join(dir, "tap.mcp-session.json");
    writeFileSync(file, OLD);
    const FLOOD = 40_000;
    const tap = spawn(
      process.execPath,
      [
        path.join(ROOT, "bin/inspector.mjs"),
        "tap",
        "--no-page",
        "--save-session",
        file,
        "--",
        process.execPath,
        path.join(FIXTURES, "flood.mjs"),
      ],
      { cwd: dir, stdio: ["pipe", "pipe", "pipe"] },
    );
    const exited = new Promise<void>((r) => tap.once("exit", () => r()));
    let out = "";
    const answered = (id: number) =>
      new Promise<void>((resolve) => {
        const check = () => out.includes(`"id":${id},"result"`) && (tap.stdout.off("data", read), resolve());
        const read = (c: Buffer) => {
          // Only the tail is kept: a line is looked for once it is whole.
          out = (out + c.toString("utf8")).slice(-4096);
          check();
        };
        tap.stdout.on("data", read);
      });
    tap.stdin.write(
      '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"h","version":"1"}}}\n',
    );
    await answered(1);
    tap.stdin.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
    tap.stdin.write(
      `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"flood","arguments":{"count":${FLOOD},"kind":"log"}}}\n`,
    );
    await answered(2);
    // The host goes: the tap stops the server and saves. The moment the save touches the folder
    // (a new file in it, or the file itself changed), the host kills the tap.
    tap.stdin.end();
    // The session's journal (FILE.journal) is there from the start: the save is something else.
    const others = () => readdirSync(dir).filter((n) => n !== path.basename(file) && n !== `${path.basename(file)}.journal`);
    const changed = () => others().length > 0 || statSync(file).size !== OLD.length || readFileSync(file, "utf8") !== OLD;
    for (const t0 = Date.now(); !changed() && Date.now() - t0 < 60_000;) await new Promise((r) => setTimeout(r, 1));
    tap.kill("SIGKILL");
    await exited;
    const text = readFileSync(file, "utf8");
    // The old file whole, or (had the save ended before the kill came) the new one whole.
    if (text !== OLD) expect(JSON.parse(text).entries.length).toBeGreaterThan(FLOOD);
    // The only other thing there: the new file the kill cut short, under a hidden name.
    for (const name of others()) expect(name).toMatch(/^\.tap\.mcp-session\.json\.[0-9a-f]{12}\.tmp$/);
  }, 90_000);

  it("unkilled, the tap's save holds every frame of a long session", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-save-"));
    const file = path.join(dir, "tap.mcp-session.json");
    const FLOOD = 20_000;
    const tap = spawn(
      process.execPath,
      [
        path.join(ROOT, "bin/inspector.mjs"),
        "tap",
        "--no-page",
        "--save-session",
        file,
        "--",
        process.execPath,
        path.join(FIXTURES, "flood.mjs"),
      ],
      { cwd: dir, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, HOST_GIVEN_TOKEN: "host-given-0123456789abcdef" } },
    );
    let out = "";
    tap.stdout.on("data", (c: Buffer) => (out = (out + c.toString("utf8")).slice(-4096)));
    tap.stdin.write(
      '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"h","version":"1"}}}\n',
    );
    tap.stdin.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
    tap.stdin.write(
      `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"flood","arguments":{"count":${FLOOD},"kind":"log"}}}\n`,
    );
    for (const t0 = Date.now(); !out.includes('"id":2,"result"') && Date.now() - t0 < 60_000;) await new Promise((r) => setTimeout(r, 10));
    tap.stdin.end();
    const code = await new Promise<number | null>((r) => tap.once("exit", r));
    expect(code).toBe(0);
    const saved = JSON.parse(readFileSync(file, "utf8")) as { entries: Array<{ kind: string }> };
    // initialize and its answer, initialized, the call, the flood, the call's answer.
    expect(saved.entries.filter((e) => e.kind === "message")).toHaveLength(FLOOD + 5);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual([path.basename(file)]);
  }, 90_000);
});

describe("a host that kills the tap at once (issue 71)", () => {
  it("SIGTERM, then SIGKILL 11 ms later (Codex CLI's way): the session, made whole from its journal, holds the host's initialize and every frame up to the kill", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-codex-"));
    const file = path.join(dir, "tap.mcp-session.json");
    const secret = "host-given-0123456789abcdef";
    const tap = spawn(
      process.execPath,
      [
        path.join(ROOT, "bin/inspector.mjs"),
        "tap",
        "--no-page",
        "--save-session",
        file,
        "--",
        process.execPath,
        path.join(FIXTURES, "tap-server.mjs"),
      ],
      { cwd: dir, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, HOST_GIVEN_TOKEN: secret } },
    );
    const exited = new Promise<void>((r) => tap.once("exit", () => r()));
    let out = "";
    tap.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    const answered = async (id: number) => {
      for (const t0 = Date.now(); !out.includes(`"id":${id}}`) && Date.now() - t0 < 30_000;) await new Promise((r) => setTimeout(r, 5));
    };
    const send = (m: object) => tap.stdin.write(JSON.stringify({ jsonrpc: "2.0", ...m }) + "\n");
    send({
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "codex", version: "1" } },
    });
    await answered(1);
    send({ method: "notifications/initialized" });
    send({ id: 2, method: "tools/list" });
    send({ id: 3, method: "tools/call", params: { name: "echo", arguments: { text: `the token is ${secret}` } } });
    await answered(3);
    // At once, as Codex CLI does when its session ends: no wait for the tap to record anything.
    tap.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 11));
    tap.kill("SIGKILL");
    await exited;
    const loaded = loadSessionFile(file);
    if (!loaded.ok) throw new Error(loaded.message);
    const messages = loaded.session.entries.flatMap((e) => (e.kind === "message" ? [e.message as { id?: number; method?: string }] : []));
    expect(messages.map((m) => m.method ?? `answer ${m.id}`)).toEqual([
      "initialize",
      "answer 1",
      "notifications/initialized",
      "tools/list",
      "tools/call",
      "answer 2",
      "answer 3",
    ]);
    expect(loaded.session.negotiated?.serverInfo).toMatchObject({ name: "tap-server" });
    expect(readFileSync(file, "utf8")).not.toContain(secret);
    expect(readdirSync(dir)).toEqual([path.basename(file)]);
  }, 60_000);
});

describe("the session's journal made whole (issue 71)", () => {
  const stdio: Target = { transport: "stdio", command: "node", args: ["server.js"], env: {} };
  /** A journal as a tap writes it, left by a process that is gone (or, with `pid`, one that runs). */
  function leftJournal(pid?: number) {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-"));
    const file = path.join(dir, "s.json");
    const record = new RecordStore();
    const journal = new SessionJournal(file, stdio, ["host-secret-0123456789"], () => undefined);
    record.subscribe((e) => journal.add(e));
    const init = { protocolVersion: "2025-06-18", capabilities: { roots: {} }, clientInfo: { name: "h", version: "1" } };
    const req = record.append({
      kind: "message",
      dir: "client->server",
      size: 1,
      message: { jsonrpc: "2.0", id: 1, method: "initialize", params: init },
    });
    record.append({
      kind: "message",
      dir: "server->client",
      size: 1,
      pair: { seq: req.seq, method: "initialize", latencyMs: 1 },
      message: {
        jsonrpc: "2.0",
        id: 1,
        result: { protocolVersion: "2025-06-18", capabilities: {}, serverInfo: { name: "srv", version: "1" } },
      },
    } as NewEntry);
    record.append({ kind: "stderr", text: "the token is host-secret-0123456789" });
    journal.close();
    // A kill mid-write: the last line cut short.
    appendFileSync(journal.path, '{"seq":4,"kind":"stde');
    if (pid !== undefined) {
      const lines = readFileSync(journal.path, "utf8").split("\n");
      lines[0] = JSON.stringify({ ...JSON.parse(lines[0]), pid });
      writeFileSync(journal.path, lines.join("\n"));
    }
    return { file, journal: journal.path };
  }

  it("the next read writes the session from it (its negotiation, no cut line, no secret) and removes it", () => {
    const { file, journal } = leftJournal(2 ** 22 + 1);
    expect(statSync(journal).mode & 0o777).toBe(0o600);
    expect(readFileSync(journal, "utf8")).not.toContain("host-secret-0123456789");
    const loaded = loadSessionFile(file);
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.session.entries.map((e) => e.kind)).toEqual(["message", "message", "stderr"]);
    expect(loaded.session.negotiated?.serverInfo).toEqual({ name: "srv", version: "1" });
    expect(loaded.session.capabilities.roots).toBe(true);
    expect(existsSync(journal)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("frames forwarded but not yet recorded are made whole from their raw copy: after the recorded ones, none twice, a cut character whole, answers paired, no secret", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-raw-"));
    const file = path.join(dir, "s.json");
    const record = new RecordStore();
    const recorder = new TapRecorder(record);
    const journal = startJournal(file, record, stdio, { HOST_TOKEN: "host-secret-0123456789" }, () => undefined, recorder)!;
    const line = (m: object) => JSON.stringify({ jsonrpc: "2.0", ...m }) + "\n";
    const init = { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "h", version: "1" } };
    recorder.chunk("host", Buffer.from(line({ id: 1, method: "initialize", params: init })));
    const result = { protocolVersion: "2025-06-18", capabilities: {}, serverInfo: { name: "srv", version: "1" } };
    // The server's answer and half of the host's next line in one chunk: recorded, then the rest raw only.
    const call = Buffer.from(
      line({ id: 2, method: "tools/call", params: { name: "echo", arguments: { text: "é host-secret-0123456789" } } }),
    );
    const cut = call.indexOf(0xc3) + 1;
    recorder.chunk("server", Buffer.from(line({ id: 1, result })));
    recorder.chunk("host", call.subarray(0, cut));
    recorder.flush();
    journal.write();
    // Forwarded, never recorded: the tap is killed before its next turn. A chunk's end cuts the host's value in two.
    const mid = call.indexOf("0123456789");
    recorder.chunk("host", call.subarray(cut, mid));
    recorder.chunk("host", call.subarray(mid));
    recorder.chunk("server", Buffer.from(line({ id: 2, result: { content: [{ type: "text", text: "é" }] } })));
    expect(readFileSync(journal.path, "utf8")).not.toMatch(/host-secret|0123456789/);
    const loaded = loadSessionFile(file);
    if (!loaded.ok) throw new Error(loaded.message);
    const messages = loaded.session.entries.flatMap((e) => (e.kind === "message" ? [e] : []));
    expect(messages.map((e) => asMessage(e.message).method ?? `answer ${asMessage(e.message).id}`)).toEqual([
      "initialize",
      "answer 1",
      "tools/call",
      "answer 2",
    ]);
    expect(messages.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(messages[3].pair).toMatchObject({ seq: 3, method: "tools/call" });
    expect(JSON.stringify(messages[2].message)).toContain('"text":"é ');
    expect(readFileSync(file, "utf8")).not.toMatch(/host-secret|0123456789/);
    expect(loaded.session.negotiated?.serverInfo).toEqual({ name: "srv", version: "1" });
  });

  it("a frame the record dropped (its queue full) is the dropped entry's: not made whole again from its raw copy", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-dropped-"));
    const file = path.join(dir, "s.json");
    const record = new RecordStore();
    const recorder = new TapRecorder(record, { maxQueuedBytes: 100 });
    const journal = startJournal(file, record, stdio, {}, () => undefined, recorder)!;
    const ping = (id: number, pad = "") => Buffer.from(JSON.stringify({ jsonrpc: "2.0", id, method: "ping", params: { pad } }) + "\n");
    recorder.chunk("host", ping(1));
    recorder.chunk("host", ping(2, "x".repeat(60)));
    recorder.flush();
    journal.write();
    recorder.chunk("host", ping(3));
    const loaded = loadSessionFile(file);
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.session.entries.map((e) => (e.kind === "message" ? asMessage(e.message).id : e.kind))).toEqual([1, "dropped", 3]);
  });

  it("a journal whose tap still runs is its live session: left alone", () => {
    const { file, journal } = leftJournal(process.ppid);
    expect(loadSessionFile(file).ok).toBe(false);
    expect(existsSync(journal)).toBe(true);
  });
});

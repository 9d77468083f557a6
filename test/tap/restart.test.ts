import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PassThrough } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { runStdioTap, type RunningStdioTap } from "../../server/tap/run-stdio";
import { ignoredBelow, tapOwnFile } from "../../server/tap/watch-paths";
import { FIXTURES, ROOT } from "../helpers/targets";
import { ByteTransport } from "./scripted-host";

const SERVER = path.join(FIXTURES, "tap-server.mjs");

describe("a restart under the host (stdio)", () => {
  it("a watched file changes: the new process gets the host's initialize, in-flight calls fail, list_changed, the host keeps its connection", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-restart-"));
    const tools = path.join(dir, "tools.txt");
    writeFileSync(tools, "");
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    const log: string[] = [];
    host.log.on("data", (c: Buffer) => log.push(c.toString()));
    let running!: RunningStdioTap;
    const done = runStdioTap({
      command: process.execPath,
      args: [SERVER],
      env: { ...process.env, TAP_TOOLS_FILE: tools },
      watch: [tools],
      host,
      onStarted: (r) => (running = r),
    });
    await new Promise((r) => setImmediate(r));
    const t = new ByteTransport(host.input, host.output);
    const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: {} });
    let changed = 0;
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => void changed++);
    await client.connect(t);
    const pid = running.tap.pid;
    expect((await client.listTools()).tools.map((x) => x.name)).not.toContain("fresh");
    const inFlight = client.callTool({ name: "wait", arguments: {} }).then(
      () => "answered",
      (e: Error) => e.message,
    );
    await new Promise((r) => setTimeout(r, 200));
    writeFileSync(tools, "fresh\n");
    expect(await inFlight).toMatch(/server restarted .* before it answered this tools\/call request/);
    await expect.poll(() => changed, { timeout: 15_000 }).toBe(1);
    expect(running.tap.pid).not.toBe(pid);
    expect((await client.listTools()).tools.map((x) => x.name)).toContain("fresh");
    await client.ping();
    // The host saw one initialize answer: the new process's went to the tap.
    expect(
      t
        .bytes()
        .toString()
        .match(/"serverInfo"/g),
    ).toHaveLength(1);
    expect(log.join("")).toMatch(
      /restarted \(pid \d+\): 1 request\(s\) in flight answered with an error, sent notifications\/tools\/list_changed/,
    );
    await t.close();
    expect(await done).toBe(0);
    const notes = running.record.since(0).filter((e) => e.kind === "lifecycle" && e.event === "note");
    expect(notes.map((e) => (e as { text: string }).text).join("\n")).toMatch(/answered the host's initialize/);
  });

  it("nothing changed in the surface: no list_changed is sent", async () => {
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    host.log.resume();
    let running!: RunningStdioTap;
    const done = runStdioTap({
      command: process.execPath,
      args: [SERVER],
      env: process.env,
      watch: [],
      host,
      onStarted: (r) => (running = r),
    });
    await new Promise((r) => setImmediate(r));
    const t = new ByteTransport(host.input, host.output);
    const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: {} });
    await client.connect(t);
    await client.listTools();
    await running.restart("test");
    expect((await client.callTool({ name: "echo", arguments: { text: "still here" } })).content).toEqual([
      { type: "text", text: "still here" },
    ]);
    expect(t.bytes().toString()).not.toContain("list_changed");
    await t.close();
    await done;
  });
});

/** The answers the host got for `id`, read off every line it received. */
function answersTo(t: ByteTransport, id: string): Array<Record<string, unknown>> {
  return t
    .bytes()
    .toString()
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((m) => m.id === id && m.method === undefined);
}

/**
 * A server that answers a line it cannot parse with JSON-RPC's parse error (id null), as the spec
 * asks: what a half line reaching a new server looks like to the host.
 */
const STRICT_SERVER = `
const rl = require("node:readline").createInterface({ input: process.stdin });
const say = (m) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...m }) + "\\n");
rl.on("line", (line) => {
  let m;
  try { m = JSON.parse(line); } catch { return say({ id: null, error: { code: -32700, message: "Parse error in " + process.pid } }); }
  if (m.id === undefined) return;
  if (m.method === "initialize") return setTimeout(() => say({ id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: "strict", version: "1" } } }), Number(process.env.INIT_DELAY_MS ?? 0));
  if (m.method === "tools/list") return say({ id: m.id, result: { tools: [{ name: "echo", inputSchema: { type: "object" } }] } });
  if (m.method === "tools/call") return say({ id: m.id, result: { content: [{ type: "text", text: m.params.arguments.text }] } });
  say({ id: m.id, result: {} });
});`;

describe("one answer per request across a restart (issue 71)", () => {
  async function started(args = [SERVER]) {
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    host.log.resume();
    let running!: RunningStdioTap;
    const done = runStdioTap({
      command: process.execPath,
      args,
      env: process.env,
      watch: [],
      host,
      onStarted: (r) => (running = r),
    });
    await new Promise((r) => setImmediate(r));
    const t = new ByteTransport(host.input, host.output);
    const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: {} });
    await client.connect(t);
    await client.listTools();
    return { t, running, done };
  }
  const call = (id: string, text: string) =>
    JSON.stringify({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "echo", arguments: { text } } }) + "\n";

  it("a request sent while the old server stops is held and answered by the new one only, never also with the restart error", async () => {
    const { t, running, done } = await started();
    const restarted = running.restart("test");
    // The restart holds the host's frames from its first step on: this call reaches the tap while the old server stops.
    await new Promise((r) => setImmediate(r));
    t.sendRaw(call("held", "for the new server"));
    expect(await restarted).toMatchObject({ ok: true, failed: 0 });
    await expect.poll(() => answersTo(t, "held").length).toBe(1);
    await running.tap.stop();
    expect(answersTo(t, "held")).toEqual([
      { jsonrpc: "2.0", id: "held", result: { content: [{ type: "text", text: "for the new server" }] } },
    ]);
    await t.close();
    await done;
  });

  it("a restart while the host's initialize is pending answers it with the new server's result, not an error that ends the host's session", async () => {
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    host.log.resume();
    let running!: RunningStdioTap;
    const done = runStdioTap({
      command: process.execPath,
      args: ["-e", STRICT_SERVER],
      env: { ...process.env, INIT_DELAY_MS: "300" },
      watch: [],
      host,
      onStarted: (r) => (running = r),
    });
    await new Promise((r) => setImmediate(r));
    const t = new ByteTransport(host.input, host.output);
    await t.start();
    t.sendRaw(
      JSON.stringify({
        jsonrpc: "2.0",
        id: "init",
        method: "initialize",
        params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "h", version: "1" } },
      }) + "\n",
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(await running.restart("test")).toMatchObject({ ok: true, failed: 0 });
    await expect.poll(() => answersTo(t, "init").length).toBe(1);
    expect(answersTo(t, "init")[0]).toMatchObject({ result: { serverInfo: { name: "strict" } } });
    t.sendRaw(call("after", "still connected"));
    await expect.poll(() => answersTo(t, "after").length).toBe(1);
    await running.tap.stop();
    expect(answersTo(t, "init")).toHaveLength(1);
    await t.close();
    await done;
  });

  it("a line the host had begun when the restart came is the old server's: one restart error, and the new server never gets its end", async () => {
    const { t, running, done } = await started(["-e", STRICT_SERVER]);
    const begun = call("begun", "cut in two");
    t.sendRaw(begun.slice(0, 40));
    await new Promise((r) => setImmediate(r));
    const restarted = running.restart("test");
    await new Promise((r) => setImmediate(r));
    t.sendRaw(begun.slice(40) + call("after", "whole"));
    await restarted;
    await expect.poll(() => answersTo(t, "after").some((m) => "result" in m)).toBe(true);
    await running.tap.stop();
    expect(answersTo(t, "after")).toHaveLength(1);
    expect(answersTo(t, "begun")).toHaveLength(1);
    expect(answersTo(t, "begun")[0]).toMatchObject({ error: { code: -32603 } });

    // The new server read no half line (it would have answered a parse error naming its pid).
    expect(t.bytes().toString()).not.toContain(`Parse error in ${running.tap.pid}`);
    await t.close();
    await done;
  });
});

describe("--watch survives an editor's atomic save (issue 71)", () => {
  /** An editor's save: the new text to a temporary file beside it, renamed over the original (vim, JetBrains, sed -i). */
  const atomicSave = (file: string, text: string) => {
    writeFileSync(`${file}.tmp~`, text);
    renameSync(`${file}.tmp~`, file);
  };

  async function watched(watch: string, tools: string, saveSession?: string) {
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    const log: string[] = [];
    host.log.on("data", (c: Buffer) => log.push(c.toString()));
    const done = runStdioTap({
      command: process.execPath,
      args: [SERVER],
      env: { ...process.env, TAP_TOOLS_FILE: tools },
      watch: [watch],
      host,
      saveSession,
    });
    await new Promise((r) => setImmediate(r));
    const t = new ByteTransport(host.input, host.output);
    const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: {} });
    const changed: number[] = [];
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => void changed.push(Date.now()));
    await client.connect(t);
    await client.listTools();
    return { t, client, changed, log, done };
  }

  it("three atomic saves of a watched file in a row: each restarts the server and sends list_changed, the log naming the file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-atomic-"));
    const tools = path.join(dir, "tools.txt");
    writeFileSync(tools, "");
    const { t, client, changed, log, done } = await watched(tools, tools);
    for (const [i, name] of ["one", "two", "three"].entries()) {
      atomicSave(tools, ["one", "two", "three"].slice(0, i + 1).join("\n") + "\n");
      await expect.poll(() => changed.length, { timeout: 15_000 }).toBe(i + 1);
      // The host lists again on list_changed, as a host does: the next change is against this list.
      expect((await client.listTools()).tools.map((x) => x.name)).toContain(name);
    }
    expect(log.join("").match(/restarting the server \((.*)\)/g)).toEqual(Array(3).fill(`restarting the server (${tools} changed)`));
    await t.close();
    await done;
  });

  it("atomic saves inside a watched folder (a subfolder too) each restart the server", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-atomic-dir-"));
    mkdirSync(path.join(dir, "src"));
    const tools = path.join(dir, "src", "tools.txt");
    writeFileSync(tools, "");
    const { t, client, changed, log, done } = await watched(dir, tools);
    for (const [i, name] of ["alpha", "beta"].entries()) {
      atomicSave(tools, ["alpha", "beta"].slice(0, i + 1).join("\n") + "\n");
      await expect.poll(() => changed.length, { timeout: 15_000 }).toBe(i + 1);
      expect((await client.listTools()).tools.map((x) => x.name)).toContain(name);
    }
    expect(log.join("")).toContain(`restarting the server (${tools}`);
    await t.close();
    await done;
  });

  it("the tap's own writes in a watched folder (its session file, its journal, a page's save) restart nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-own-"));
    const tools = path.join(dir, "tools.txt");
    writeFileSync(tools, "");
    const { t, client, changed, log, done } = await watched(dir, tools, path.join(dir, "session.json"));
    await client.ping();
    // What a page's Save writes by default, in the folder the tap runs in.
    writeFileSync(path.join(dir, "tap-session-2026-11-26T17-00-00-000Z.json"), "{}");
    atomicSave(tools, "fresh\n");
    await expect.poll(() => changed.length, { timeout: 15_000 }).toBe(1);
    await client.ping();
    expect(log.join("").match(/restarting the server \((.*)\)/g)).toEqual([`restarting the server (${tools} changed)`]);
    await t.close();
    await done;
  });
});

describe("--watch off the forwarding thread (issue 71)", () => {
  it("a watched folder gains 3,000 entries: the host's calls are answered meanwhile, the restart comes, and the forwarding thread never scans or watches the folder (the watch's worker does)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-watch-worker-"));
    const watched = path.join(dir, "src");
    mkdirSync(watched);
    const probe = path.join(dir, "fs-calls.txt");
    // The built tap (its worker is dist/watch-worker.mjs), every fs call below `watched` noted with its thread.
    const tap = spawn(
      process.execPath,
      [path.join(ROOT, "bin/inspector.mjs"), "tap", "--no-page", "--watch", watched, "--", process.execPath, SERVER],
      {
        cwd: dir,
        stdio: ["pipe", "pipe", "pipe"],
        env: {
          ...process.env,
          NODE_OPTIONS: `--import=${pathToFileURL(path.join(FIXTURES, "fs-probe.mjs")).href}`,
          FS_PROBE_DIR: watched,
          FS_PROBE_OUT: probe,
        },
      },
    );
    const exited = new Promise<void>((r) => tap.once("exit", () => r()));
    let out = "";
    let log = "";
    tap.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    tap.stderr.on("data", (c: Buffer) => (log += c.toString("utf8")));
    const send = (m: object) => tap.stdin.write(JSON.stringify({ jsonrpc: "2.0", ...m }) + "\n");
    const answered = (id: number) => expect.poll(() => out.includes(`"id":${id}}`), { timeout: 15_000 }).toBe(true);
    const calls = () => (existsSync(probe) ? readFileSync(probe, "utf8") : "");
    send({
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "h", version: "1" } },
    });
    await answered(1);
    send({ method: "notifications/initialized" });
    // The watch is set up once the folder is watched (by whichever thread): entries before that are no change.
    await expect.poll(() => / watch /.test(calls()), { timeout: 15_000 }).toBe(true);
    for (let i = 0; i < 3000; i++) writeFileSync(path.join(watched, `f${i}.txt`), "");
    // Forwarding goes on while the new entries are scanned: each call answered, one after another.
    for (let id = 2; id < 12; id++) {
      send({ id, method: "tools/call", params: { name: "echo", arguments: { text: `call ${id}` } } });
      await answered(id);
    }
    await expect.poll(() => log, { timeout: 15_000 }).toMatch(/restarted \(pid/);
    expect(log).toContain(`restarting the server (${watched}${path.sep}f`);
    send({ id: 12, method: "tools/list" });
    await answered(12);
    const touched = calls().split("\n").filter(Boolean);
    // The forwarding thread looks at the watched path itself once, at the start (watch-baseline.ts:
    // a change before the watch is ready still counts), and never scans or watches below it.
    const onMain = touched.filter((l) => l.startsWith("main "));
    expect(onMain.filter((l) => l !== `main statSync ${watched}`)).toEqual([]);
    expect(onMain.length).toBeLessThanOrEqual(1);
    expect(touched.some((l) => l.startsWith("worker "))).toBe(true);
    tap.stdin.end();
    await exited;
  }, 60_000);
});

describe("what --watch ignores under a folder", () => {
  it("node_modules/ and .git/ below the watched folder, not a path given inside one", () => {
    expect(ignoredBelow("/p", "/p/node_modules/x/index.js")).toBe(true);
    expect(ignoredBelow("/p", "/p/.git/HEAD")).toBe(true);
    expect(ignoredBelow("/p", "/p/src/server.py")).toBe(false);
    expect(ignoredBelow("/p", "/p/my.git/x")).toBe(false);
    expect(ignoredBelow("/p/node_modules/pkg/server.js", "/p/node_modules/pkg/server.js")).toBe(false);
  });

  it("the tap's own files: the session file, its journal and temporary file, the page's tap-session-*.json", () => {
    const own = tapOwnFile("/p/rec/s.json");
    for (const f of ["/p/rec/s.json", "/p/rec/s.json.journal", "/p/rec/.s.json.0123456789ab.tmp", "/p/tap-session-2026.json"])
      expect(own(f), f).toBe(true);
    for (const f of ["/p/rec/server.py", "/p/s.json", "/p/rec/s.json.bak"]) expect(own(f), f).toBe(false);
  });
});

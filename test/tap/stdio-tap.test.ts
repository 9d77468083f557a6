import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runStdioTap, type RunningStdioTap } from "../../server/tap/run-stdio";
import { loadSessionFile } from "../../server/record/session-loader";
import type { Entry, MessageEntry } from "../../lib/record/format";
import { FIXTURES } from "../helpers/targets";
import { ByteTransport, runHostSession } from "./scripted-host";

const SERVER = path.join(FIXTURES, "tap-server.mjs");

/** The scripted host straight to the server: what it receives. */
async function direct(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [SERVER], { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
  const stderr: Buffer[] = [];
  child.stderr.on("data", (c: Buffer) => stderr.push(c));
  const t = new ByteTransport(child.stdin, child.stdout);
  const said = await runHostSession(t);
  await t.close();
  await new Promise((r) => child.once("exit", r));
  return { said, bytes: t.bytes(), stderr: Buffer.concat(stderr) };
}

/** The same host through the tap, in this process, on pipes of its own. */
async function tapped(env: Record<string, string> = {}, saveSession?: string, html?: string) {
  const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
  const log: Buffer[] = [];
  host.log.on("data", (c: Buffer) => log.push(c));
  let running!: RunningStdioTap;
  const done = runStdioTap({
    command: process.execPath,
    args: [SERVER],
    env: { ...process.env, ...env },
    watch: [],
    saveSession,
    html,
    host,
    onStarted: (r) => (running = r),
  });
  await new Promise((r) => setImmediate(r));
  const t = new ByteTransport(host.input, host.output);
  const said = await runHostSession(t);
  await t.close();
  const code = await done;
  return { said, bytes: t.bytes(), log: Buffer.concat(log), code, entries: running.record.since(0), running };
}

const messages = (entries: Entry[]) => entries.filter((e): e is MessageEntry => e.kind === "message");

describe("inspector tap over stdio", () => {
  it("the scripted host receives the same bytes through the tap as directly, \\r\\n included", async () => {
    const a = await direct({ CRLF: "1" });
    const b = await tapped({ CRLF: "1" });
    expect(b.said).toEqual(a.said);
    expect(a.bytes.includes("\r\n")).toBe(true);
    expect(b.bytes.equals(a.bytes)).toBe(true);
    // The server's stderr reaches the host's log unchanged; our one line there is ours, marked.
    expect(b.log.includes(a.stderr)).toBe(true);
    expect(b.log.toString()).toMatch(/^mcp-inspector-harness tap: forwarding to /m);
    expect(b.code).toBe(0);
    expect(b.bytes.toString().match(/"method":"notifications\/progress"/g)).toHaveLength(3);
    expect(a.said).toEqual([
      "echo,count,wait,ask-model,ask-person",
      "greet",
      '[{"type":"text","text":"counted to 3"}]',
      expect.stringMatching(/^cancelled: /),
      '[{"type":"text","text":"model said 4"}]',
      '[{"type":"text","text":"accept: Ada"}]',
      '[{"type":"text","text":"after the bad line"}]',
    ]);
  });

  it("records the host's session: both directions, paired, the bad line and stderr", async () => {
    const { entries } = await tapped();
    const msgs = messages(entries);
    const init = msgs.find((m) => (m.message as { method?: string }).method === "initialize")!;
    expect(init.dir).toBe("client->server");
    expect((init.message as { params: { clientInfo: { name: string } } }).params.clientInfo.name).toBe("claude-ai");
    const initAnswer = msgs.find((m) => m.pair?.seq === init.seq)!;
    expect(initAnswer.dir).toBe("server->client");
    const sampling = msgs.find((m) => (m.message as { method?: string }).method === "sampling/createMessage")!;
    expect(sampling.dir).toBe("server->client");
    expect(msgs.find((m) => m.dir === "client->server" && m.pair?.seq === sampling.seq)).toBeDefined();
    expect(msgs.some((m) => (m.message as { method?: string }).method === "notifications/cancelled")).toBe(true);
    expect(entries.some((e) => e.kind === "stdout-noise" && e.text === "{this is not json")).toBe(true);
    expect(entries.some((e) => e.kind === "stderr" && e.text === "tap-server ready")).toBe(true);
  });

  it("--save-session writes the session when the host disconnects, a session file like any other; --html the same as a page file", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "tap-")), "host.mcp-session.json");
    const page = file.replace(/\.json$/, ".html");
    await tapped({ TAP_SECRET_FOR_TEST: "s3cr3t-value-from-the-host" }, file, page);
    // The page: the host's alone (0600, as the session file), the same session inside, redacted the same way.
    expect(statSync(page).mode & 0o777).toBe(0o600);
    const inPage = loadSessionFile(page);
    expect(inPage.ok && inPage.session.negotiated?.serverInfo).toEqual({ name: "tap-server", version: "1.0.0" });
    expect(readFileSync(page, "utf8")).not.toContain("s3cr3t-value-from-the-host");
    const loaded = loadSessionFile(file);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.session.negotiated?.serverInfo).toEqual({ name: "tap-server", version: "1.0.0" });
    expect(loaded.session.negotiated?.clientCapabilities).toEqual({ sampling: {}, elicitation: {} });
    expect(loaded.session.target).toMatchObject({ transport: "stdio", command: process.execPath });
    expect(JSON.stringify(loaded.session)).not.toContain("s3cr3t-value-from-the-host");
  });
});

describe("a host that ends the tap with a signal (issue 71)", () => {
  // A server that, told to stop (its stdin ends), still says something: what a host's last
  // exchange looks like to the tap (Claude Code's SIGINT came with a roots/list in flight).
  const PARTING = `
process.stdin.on("data", (c) => {
  for (const line of c.toString().split("\\n").filter(Boolean)) {
    const m = JSON.parse(line);
    if (m.method === "initialize") process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: {}, serverInfo: { name: "parting", version: "1" } } }) + "\\n");
  }
});
process.stdin.on("end", () => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "bye" } }) + "\\n", () => process.exit(0)));`;

  it("the disconnected entry comes after what the tap still forwarded while the server stopped", async () => {
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    host.log.resume();
    host.output.resume();
    let running!: RunningStdioTap;
    const done = runStdioTap({
      command: process.execPath,
      args: ["-e", PARTING],
      env: process.env,
      watch: [],
      host,
      onStarted: (r) => (running = r),
    });
    await new Promise((r) => setImmediate(r));
    host.input.write(
      '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"h","version":"1"}}}\n',
    );
    // The server answered initialize: its script runs and its stdin's end will be heard. (A fixed
    // wait after the spawn lost the race under load: the tap's stop killed a server still starting.)
    await expect
      .poll(
        () =>
          running?.record
            .since(0)
            .some(
              (e) =>
                e.kind === "message" &&
                (e.message as { id?: unknown; result?: unknown }).id === 1 &&
                (e.message as { result?: unknown }).result !== undefined,
            ),
        {
          timeout: 20_000,
        },
      )
      .toBe(true);
    await running.tap.hostGone("the tap was ended by SIGINT");
    await done;
    const order = running.record
      .since(0)
      .flatMap((e) =>
        e.kind === "lifecycle" ? [e.event] : e.kind === "message" ? [String((e.message as { method?: string }).method ?? "answer")] : [],
      );
    expect(order.indexOf("notifications/message")).toBeGreaterThan(-1);
    expect(order.indexOf("disconnected")).toBeGreaterThan(order.indexOf("notifications/message"));
  });
});

import http from "node:http";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import WebSocket from "ws";
import { describe, expect, it } from "vitest";
import { runStdioTap, type RunningStdioTap } from "../../server/tap/run-stdio";
import type { TapPage } from "../../server/tap/page";
import { parseSession } from "../../lib/session/file";
import { FIXTURES } from "../helpers/targets";
import { ByteTransport } from "./scripted-host";

const SERVER = path.join(FIXTURES, "tap-server.mjs");
const TOKEN = "t".repeat(43);

interface Frame {
  type: string;
  id?: string;
  ok?: boolean;
  result?: unknown;
  error?: { message: string };
  state?: { tap?: Record<string, unknown>; status: string };
  entries?: Array<{ kind: string; dir?: string; message?: { method?: string; id?: unknown } }>;
}

/** The status of GET /api/state with these headers (fetch may not set Host). */
function statusOf(port: number, headers: Record<string, string>): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/api/state", headers }, (res) => (res.resume(), resolve(res.statusCode)));
    req.on("error", reject);
  });
}

/** A page's socket as a script drives it: commands by id, every frame kept. */
async function socket(page: TapPage) {
  const ws = new WebSocket(`ws://127.0.0.1:${page.port}/ws`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  const frames: Frame[] = [];
  ws.on("message", (d) => frames.push(...([JSON.parse(d.toString())].flat() as Frame[])));
  await new Promise((r, j) => (ws.once("open", r), ws.once("error", j)));
  let n = 0;
  const command = async (body: Record<string, unknown>): Promise<Frame> => {
    const id = `c${++n}`;
    ws.send(JSON.stringify({ id, ...body }));
    await expect.poll(() => frames.some((f) => f.type === "reply" && f.id === id), { timeout: 20_000 }).toBe(true);
    return frames.find((f) => f.type === "reply" && f.id === id)!;
  };
  return { ws, frames, command };
}

describe("the live page of a stdio tap (issue 65)", () => {
  it("shows the host's session, refuses to drive it, restarts and saves it; the start line is one line with no token", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-page-"));
    const tools = path.join(dir, "tools.txt");
    writeFileSync(tools, "");
    const saved = path.join(dir, "s.mcp-session.json");
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    let log = "";
    host.log.on("data", (c: Buffer) => (log += c.toString()));
    let running!: RunningStdioTap;
    let page!: TapPage;
    const done = runStdioTap({
      command: process.execPath,
      args: [SERVER],
      env: { ...process.env, TAP_TOOLS_FILE: tools },
      watch: [],
      host,
      saveSession: saved,
      onStarted: (r) => (running = r),
      page: { port: 0, token: TOKEN, pages: (_req, res) => void res.end("page"), onPage: (p) => (page = p) },
    });
    const t = new ByteTransport(host.input, host.output);
    const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: { sampling: {} } });
    let changed = 0;
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => void changed++);
    await client.connect(t);
    await client.listTools();
    await client.callTool({ name: "echo", arguments: { text: "hi" } });
    // The page's modules load after forwarding started: on a loaded machine that takes a while.
    await expect.poll(() => log, { timeout: 30_000 }).toMatch(/live page at/);
    // The server's own stderr shares the host's log: the tap's words are one line of it.
    const ours = log.split("\n").filter((l) => l.startsWith("mcp-inspector-harness tap:"));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(
      /^mcp-inspector-harness tap: forwarding to .* live page at http:\/\/127\.0\.0\.1:\d+\/\?r=[\w-]{22}#launch=[\w-]+ /,
    );
    expect(log).not.toContain(TOKEN);

    // Every request is authenticated: the API and the socket refuse a missing token.
    expect((await fetch(`${page.url}/api/state`)).status).toBe(401);
    expect(await statusOf(page.port, { Host: "evil.example", Authorization: `Bearer ${TOKEN}` })).toBe(403);
    expect(await statusOf(page.port, { Origin: "http://evil.example", Authorization: `Bearer ${TOKEN}` })).toBe(403);
    // The recorder reads what was forwarded once forwarding is quiet (server/tap/recorder.ts): on
    // a loaded machine the host's initialize can still be waiting there when the page is up.
    const stateNow = async () =>
      (await (await fetch(`${page.url}/api/state`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as Frame["state"];
    await expect
      .poll(async () => (await stateNow())?.tap, { timeout: 10_000 })
      .toMatchObject({
        clientInfo: { name: "claude-ai", version: "0.1.0" },
        clientCapabilities: { sampling: {} },
        canRestart: true,
      });

    const s = await socket(page);
    await s.command({ type: "hello", since: 0 });
    const welcome = s.frames.find((f) => f.type === "welcome")!;
    expect(welcome.state?.status).toBe("connected");
    await expect
      .poll(() => s.frames.flatMap((f) => f.entries ?? []).filter((e) => e.message?.method === "tools/call").length, { timeout: 10_000 })
      .toBe(1);

    // Driving commands are refused in words, and nothing reaches the server.
    const before = running.record.lastSeq;
    for (const body of [
      { type: "call-tool", name: "echo", arguments: { text: "x" } },
      { type: "request", method: "tools/list" },
      { type: "connect", spec: { target: { transport: "stdio", command: "node", args: [] } } },
    ]) {
      const r = await s.command(body);
      expect(r.ok).toBe(false);
      expect(r.error?.message).toMatch(
        new RegExp(`^this is a host's session seen through the tap: ${body.type} is not offered; the host drives it`),
      );
    }
    expect(running.record.lastSeq).toBe(before);

    // Restart from the page: list_changed to the host, who keeps its connection.
    const pid = running.tap.pid;
    writeFileSync(tools, "fresh\n");
    const restarted = await s.command({ type: "restart" });
    expect(restarted.ok).toBe(true);
    // The reply's state says what the restart did, with the surface's changes in words.
    const after = (restarted.result as Frame["state"])!.tap as { restarted?: { notified: string[]; changes: string[] } };
    expect(after.restarted?.notified).toEqual(["notifications/tools/list_changed"]);
    expect(after.restarted?.changes.join("\n")).toMatch(/tool fresh/);
    await expect.poll(() => changed, { timeout: 15_000 }).toBe(1);
    expect(running.tap.pid).not.toBe(pid);
    expect((await client.listTools()).tools.map((x) => x.name)).toContain("fresh");

    // A restart the page did not start (SIGUSR2, a watched file) shows there too.
    writeFileSync(tools, "fresh\nfresher\n");
    expect(await running.restart("a watched file changed")).toMatchObject({ ok: true });
    const shown = (await (await fetch(`${page.url}/api/state`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as {
      tap: { restarted?: { changes: string[] } };
    };
    expect(shown.tap.restarted?.changes.join("\n")).toMatch(/tool fresher/);
    await expect.poll(() => changed, { timeout: 15_000 }).toBe(2);

    // Save from the page while the session goes on.
    const save = await s.command({ type: "save-session" });
    expect(save.ok).toBe(true);
    expect(save.result).toMatchObject({ file: saved });
    const parsed = parseSession(readFileSync(saved, "utf8"));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.session.entries.some((e) => e.kind === "message" && e.dir === "client->server")).toBe(true);
    await client.ping();

    s.ws.close();
    await t.close();
    expect(await done).toBe(0);
    expect(existsSync(saved)).toBe(true);
    // The page closes with the tap.
    await expect(fetch(`${page.url}/api/health`)).rejects.toThrow();
  }, 90_000);

  it("without a page request no page is served (the default of the function; the command asks for one)", async () => {
    const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
    let log = "";
    host.log.on("data", (c: Buffer) => (log += c.toString()));
    let running!: RunningStdioTap;
    const done = runStdioTap({
      command: process.execPath,
      args: [SERVER],
      env: process.env,
      watch: [],
      host,
      onStarted: (r) => (running = r),
    });
    const t = new ByteTransport(host.input, host.output);
    await new Client({ name: "h", version: "1" }, { capabilities: {} }).connect(t);
    expect(running.page).toBeUndefined();
    expect(log).not.toMatch(/live page/);
    await t.close();
    await done;
  });
});

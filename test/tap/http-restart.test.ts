import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import WebSocket from "ws";
import { describe, expect, it } from "vitest";
import { RecordStore } from "../../server/record/store";
import { startHttpTap } from "../../server/tap/http-tap";
import { TapRecorder } from "../../server/tap/recorder";
import { runHttpTap, type RunningHttpTapRun } from "../../server/tap/run-http";
import { FIXTURES } from "../helpers/targets";
import { freePort } from "../helpers/free-port";

const SERVER = path.join(FIXTURES, "tap-server.mjs");

/** A port nothing listens on now (the server that is restarted on it must come back on the same one). */

/** A fresh file of extra tool names (tap-server.mjs reads it at each start). */
function toolsFile(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "tap-http-restart-")), "tools.txt");
  writeFileSync(file, "");
  return file;
}

/** tap-server.mjs over Streamable HTTP (stateful sessions), started by the test: the tap does not own it. */
function startServer(port: number, tools: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [SERVER, "http", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, TAP_TOOLS_FILE: tools },
  });
  return new Promise((resolve) => child.stderr!.on("data", (c: Buffer) => /listening \d+/.test(String(c)) && resolve(child)));
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGKILL");
  await exited;
}

/**
 * A scripted host over Streamable HTTP (the SDK's client, as Claude Code's is): every HTTP status
 * it got is kept (it must never see the restart), and the tools/list_changed it received counted.
 */
async function host(url: string) {
  const statuses: number[] = [];
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    fetch: async (input, init) => {
      const r = await fetch(input, init);
      statuses.push(r.status);
      return r;
    },
  });
  const client = new Client({ name: "claude-code", version: "2.0.0" }, { capabilities: {} });
  let changed = 0;
  client.setNotificationHandler(ToolListChangedNotificationSchema, () => void changed++);
  await client.connect(transport);
  // The SDK opens its GET stream once initialized is accepted: the restart's list_changed goes there.
  await expect.poll(() => statuses.filter((s) => s === 200).length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
  return {
    client,
    transport,
    statuses,
    changed: () => changed,
    tools: async () => (await client.listTools()).tools.map((t) => t.name),
    /** A call that is still running when the server goes: its outcome in words. */
    inFlight: () =>
      client.callTool({ name: "wait", arguments: {} }).then(
        () => "answered",
        (e: Error) => e.message,
      ),
  };
}

const notes = (record: RecordStore) =>
  record
    .since(0)
    .filter((e) => e.kind === "lifecycle")
    .map((e) => (e as { text: string }).text)
    .join("\n");

const RESTART_ERROR = /server restarted \(mcp-inspector-harness tap\) before it answered this tools\/call request/;

describe("a restart under the host over Streamable HTTP: the server restarted on its own", () => {
  it("killed and started again: the host keeps its session id, its call in flight gets the restart error, tools/list_changed comes on its GET stream, its next calls work", async () => {
    const tools = toolsFile();
    const port = await freePort();
    let server = await startServer(port, tools);
    const record = new RecordStore();
    const recorder = new TapRecorder(record);
    const log: string[] = [];
    const tap = await startHttpTap({
      url: `http://127.0.0.1:${port}/mcp`,
      port: 0,
      recorder,
      record,
      say: (t) => void log.push(t),
    });
    const h = await host(tap.url);
    try {
      const sid = h.transport.sessionId;
      expect(await h.tools()).not.toContain("fresh");
      const call = h.inFlight();
      await new Promise((r) => setTimeout(r, 200));
      // A developer's watcher (nodemon) restarts the server: a new process, a new tool, no memory of the session.
      writeFileSync(tools, "fresh\n");
      await kill(server);
      server = await startServer(port, tools);
      expect(await call).toMatch(RESTART_ERROR);
      await expect.poll(h.changed, { timeout: 20_000 }).toBe(1);
      expect(await h.tools()).toContain("fresh");
      expect((await h.client.callTool({ name: "echo", arguments: { text: "after" } })).content).toEqual([{ type: "text", text: "after" }]);
      expect(h.transport.sessionId).toBe(sid);
      // The host never saw the restart: no 404 for its session, no 502 while the server was down.
      expect(h.statuses.filter((s) => s >= 400)).toEqual([]);
      expect(notes(record)).toMatch(/opened a new one with the host's own initialize/);
      expect(log.join("\n")).toMatch(
        /1 request\(s\) in flight answered with an error; sent notifications\/tools\/list_changed on 1 stream/,
      );
      // The record has the host's call and the tap's answer to it, paired.
      recorder.flush();
      const answered = record
        .since(0)
        .find((e) => e.kind === "message" && e.dir === "server->client" && JSON.stringify(e.message).includes("server restarted"));
      expect(answered && answered.kind === "message" && answered.pair?.method).toBe("tools/call");
    } finally {
      await h.client.close().catch(() => undefined);
      await tap.close();
      await kill(server);
    }
  });

  it("nothing changed: no list_changed; a request sent while the server is down waits for it (no 502)", async () => {
    const tools = toolsFile();
    const port = await freePort();
    let server = await startServer(port, tools);
    const record = new RecordStore();
    const tap = await startHttpTap({ url: `http://127.0.0.1:${port}/mcp`, port: 0, recorder: new TapRecorder(record), record });
    const h = await host(tap.url);
    try {
      await h.tools();
      await kill(server);
      // Sent while nothing listens: refused upstream, tried again until the server is back.
      const during = h.client.callTool({ name: "echo", arguments: { text: "during" } });
      await new Promise((r) => setTimeout(r, 500));
      server = await startServer(port, tools);
      expect((await during).content).toEqual([{ type: "text", text: "during" }]);
      await expect.poll(() => notes(record), { timeout: 20_000 }).toMatch(/the server restarted: .*0 request\(s\) in flight/);
      await h.client.ping();
      expect(h.changed()).toBe(0);
      expect(h.statuses.filter((s) => s >= 400)).toEqual([]);
    } finally {
      await h.client.close().catch(() => undefined);
      await tap.close();
      await kill(server);
    }
  });

  it("a server that does not come back: the host gets what the server did, after the time limit", async () => {
    const tools = toolsFile();
    const port = await freePort();
    const server = await startServer(port, tools);
    const record = new RecordStore();
    const tap = await startHttpTap({
      url: `http://127.0.0.1:${port}/mcp`,
      port: 0,
      recorder: new TapRecorder(record),
      record,
      recoverMs: 1000,
    });
    const h = await host(tap.url);
    try {
      await kill(server);
      await expect(h.client.callTool({ name: "echo", arguments: { text: "x" } })).rejects.toThrow(/could not reach|did not answer again/);
      expect(h.statuses).toContain(502);
      expect(notes(record)).toMatch(/did not answer again within 1000 ms/);
    } finally {
      await h.client.close().catch(() => undefined);
      await tap.close();
    }
  });
});

describe("a restart under a host that holds no GET stream, with the tap's token", () => {
  it("the session is renewed with the token (never recorded or said); list_changed cannot be delivered, and the record and the log say so", async () => {
    const tools = toolsFile();
    const port = await freePort();
    const TOKEN = "tap-restart-secret-0123456789";
    const start = (p: number) => {
      const child = spawn(process.execPath, [SERVER, "http", String(p)], {
        stdio: ["ignore", "ignore", "pipe"],
        env: { ...process.env, TAP_TOOLS_FILE: tools, TAP_TOKEN: TOKEN },
      });
      return new Promise<ChildProcess>((resolve) => child.stderr!.on("data", (c: Buffer) => /listening/.test(String(c)) && resolve(child)));
    };
    let server = await start(port);
    const record = new RecordStore();
    const recorder = new TapRecorder(record);
    const log: string[] = [];
    const tap = await startHttpTap({
      url: `http://127.0.0.1:${port}/mcp`,
      port: 0,
      bearer: TOKEN,
      recorder,
      record,
      say: (t) => void log.push(t),
    });
    // A host that only POSTs (it never opens the GET stream), without a token of its own: the tap adds it.
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json, text/event-stream" };
    const post = async (body: unknown) => {
      const r = await fetch(tap.url, { method: "POST", headers, body: JSON.stringify(body) });
      return { status: r.status, sid: r.headers.get("mcp-session-id"), text: await r.text() };
    };
    try {
      const init = await post({
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "kiro", version: "1" } },
      });
      expect(init.status).toBe(200);
      headers["mcp-session-id"] = init.sid!;
      headers["mcp-protocol-version"] = "2025-11-25";
      expect((await post({ jsonrpc: "2.0", method: "notifications/initialized" })).status).toBe(202);
      expect((await post({ jsonrpc: "2.0", id: 2, method: "tools/list" })).text).not.toContain("fresh");
      writeFileSync(tools, "fresh\n");
      await kill(server);
      server = await start(port);
      const after = await post({ jsonrpc: "2.0", id: 3, method: "tools/list" });
      expect(after.status).toBe(200);
      expect(after.text).toContain("fresh");
      await expect
        .poll(() => notes(record), { timeout: 20_000 })
        .toMatch(/notifications\/tools\/list_changed could not be delivered: the host holds no open GET stream/);
      expect(log.join("\n")).toMatch(/could not be delivered: the host holds no open GET stream/);
      recorder.flush();
      expect(JSON.stringify(record.since(0))).not.toContain(TOKEN);
      expect(log.join("\n")).not.toContain(TOKEN);
    } finally {
      await tap.close();
      await kill(server);
    }
  });
});

describe("a restart under the host: a 2026-07-28 server (no session)", () => {
  it("nothing to re-open: the host's open subscriptions/listen gets the restart error on its stream, and its next request works", async () => {
    const port = await freePort();
    const start = () => {
      const child = spawn(process.execPath, [path.join(FIXTURES, "modern-only-server.mjs"), "--port", String(port)], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      return new Promise<ChildProcess>((resolve) =>
        child.stdout!.on("data", (c: Buffer) => /listening on port/.test(String(c)) && resolve(child)),
      );
    };
    let server = await start();
    const record = new RecordStore();
    const log: string[] = [];
    const tap = await startHttpTap({
      url: `http://127.0.0.1:${port}/mcp`,
      port: 0,
      recorder: new TapRecorder(record),
      record,
      say: (t) => void log.push(t),
    });
    const envelope = {
      "io.modelcontextprotocol/protocolVersion": "2026-07-28",
      "io.modelcontextprotocol/clientInfo": { name: "modern-host", version: "1" },
      "io.modelcontextprotocol/clientCapabilities": {},
    };
    const request = (id: number, method: string, params: Record<string, unknown> = {}) =>
      fetch(tap.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          "mcp-protocol-version": "2026-07-28",
          "mcp-method": method,
        },
        body: JSON.stringify({ jsonrpc: "2.0", id, method, params: { ...params, _meta: envelope } }),
      });
    try {
      const listen = await request(1, "subscriptions/listen", { notifications: { toolsListChanged: true } });
      expect(listen.status).toBe(200);
      const reader = listen.body!.getReader();
      let events = "";
      const readSome = async () => {
        const { value, done } = await reader.read();
        if (!done) events += new TextDecoder().decode(value);
        return done;
      };
      while (!events.includes("acknowledged")) await readSome();
      await kill(server);
      server = await start();
      while (!(await readSome()));
      expect(events).toMatch(
        /"id":1,"error":\{"code":-32603,"message":"the server restarted \(mcp-inspector-harness tap\) before it answered this subscriptions\/listen request"/,
      );
      const list = await request(2, "tools/list");
      expect(list.status).toBe(200);
      expect(await list.text()).toContain("echo");
      expect(log.join("\n")).toMatch(
        /the server restarted: nothing to re-open \(no session\); 1 request\(s\) in flight answered with an error/,
      );
    } finally {
      await tap.close();
      await kill(server);
    }
  });
});

/** `tap --server-url URL --listen 0 -- node tap-server.mjs http PORT`, as the command runs it, in this process. */
async function ownedTap(tools: string, extra: { watch?: string[]; page?: Parameters<typeof runHttpTap>[0]["page"] } = {}) {
  const port = await freePort();
  const log: string[] = [];
  let running!: RunningHttpTapRun;
  const sink = () => new PassThrough().resume();
  const done = runHttpTap({
    url: `http://127.0.0.1:${port}/mcp`,
    listen: 0,
    env: { ...process.env, TAP_TOOLS_FILE: tools },
    say: (t) => void log.push(t),
    command: { command: process.execPath, args: [SERVER, "http", String(port)] },
    watch: extra.watch,
    page: extra.page,
    serverOutput: { stdout: sink(), stderr: sink() },
    onStarted: (r) => (running = r),
  });
  await expect.poll(() => running, { timeout: 20_000 }).toBeDefined();
  return { running, log, done };
}

describe("a restart the HTTP tap starts (its own command after --)", () => {
  it("kill -USR2: the process is new, the host keeps its session, its call in flight fails, tools/list_changed comes", async () => {
    const tools = toolsFile();
    const t = await ownedTap(tools);
    const h = await host(t.running.url);
    try {
      const pid = t.running.pid();
      const sid = h.transport.sessionId;
      expect(await h.tools()).not.toContain("fresh");
      const call = h.inFlight();
      await new Promise((r) => setTimeout(r, 200));
      writeFileSync(tools, "fresh\n");
      process.kill(process.pid, "SIGUSR2");
      expect(await call).toMatch(RESTART_ERROR);
      await expect.poll(h.changed, { timeout: 20_000 }).toBe(1);
      expect(t.running.pid()).not.toBe(pid);
      expect(await h.tools()).toContain("fresh");
      expect(h.transport.sessionId).toBe(sid);
      expect(h.statuses.filter((s) => s >= 400)).toEqual([]);
      expect(t.log.join("\n")).toMatch(/restarting the server \(SIGUSR2\)/);
    } finally {
      await h.client.close().catch(() => undefined);
      t.running.stop();
      expect(await t.done).toBe(0);
    }
  });

  it("--watch: a change restarts it; the same tools: no list_changed, and the next call works", async () => {
    const tools = toolsFile();
    const dir = mkdtempSync(path.join(tmpdir(), "tap-http-watch-"));
    const watched = path.join(dir, "server.js");
    writeFileSync(watched, "// v1\n");
    const t = await ownedTap(tools, { watch: [watched] });
    const h = await host(t.running.url);
    try {
      const pid = t.running.pid();
      await h.tools();
      writeFileSync(watched, "// v2\n");
      await expect.poll(() => t.log.join("\n"), { timeout: 20_000 }).toMatch(/the server restarted: .*0 request\(s\) in flight/);
      expect(t.running.pid()).not.toBe(pid);
      expect((await h.client.callTool({ name: "echo", arguments: { text: "still here" } })).content).toEqual([
        { type: "text", text: "still here" },
      ]);
      expect(h.changed()).toBe(0);
      expect(t.log.join("\n")).toMatch(/restarting the server \(.*server\.js changed\)/);
    } finally {
      await h.client.close().catch(() => undefined);
      t.running.stop();
      await t.done;
    }
  });

  it("the page's restart: offered with a command (its reply says what it did), disabled without one", async () => {
    const TOKEN = "t".repeat(43);
    const tools = toolsFile();
    let pageUrl = "";
    const t = await ownedTap(tools, {
      page: { port: 0, token: TOKEN, pages: (_req, res) => void res.end("page"), onPage: (p) => (pageUrl = p.url) },
    });
    const h = await host(t.running.url);
    try {
      await h.tools();
      await expect.poll(() => pageUrl, { timeout: 20_000 }).not.toBe("");
      const state = async () =>
        (await (await fetch(`${pageUrl}/api/state`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as {
          pid?: number;
          tap: { canRestart: boolean };
        };
      expect((await state()).tap.canRestart).toBe(true);
      expect((await state()).pid).toBe(t.running.pid());
      writeFileSync(tools, "fresh\n");
      // The page's button sends this command on its socket; its reply's state says what the restart did.
      const ws = new WebSocket(`${pageUrl.replace("http", "ws")}/ws`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      const replies: Array<{
        type: string;
        id?: string;
        ok?: boolean;
        result?: { tap?: { restarted?: { notified: string[]; changes: string[] } } };
      }> = [];
      ws.on("message", (d) => replies.push(...[JSON.parse(d.toString())].flat()));
      await new Promise((r, j) => (ws.once("open", r), ws.once("error", j)));
      ws.send(JSON.stringify({ id: "r1", type: "restart" }));
      await expect.poll(() => replies.find((f) => f.type === "reply" && f.id === "r1"), { timeout: 30_000 }).toBeDefined();
      const reply = replies.find((f) => f.type === "reply" && f.id === "r1")!;
      ws.close();
      expect(reply.ok).toBe(true);
      expect(reply.result?.tap?.restarted?.notified).toEqual(["notifications/tools/list_changed"]);
      expect(reply.result?.tap?.restarted?.changes.join("\n")).toMatch(/fresh/);
      await expect.poll(h.changed, { timeout: 10_000 }).toBe(1);
    } finally {
      await h.client.close().catch(() => undefined);
      t.running.stop();
      await t.done;
    }

    // Without a command the tap owns no process: the page's button stays disabled (canRestart false).
    const port = await freePort();
    const server = await startServer(port, tools);
    let running!: RunningHttpTapRun;
    let page2 = "";
    const done = runHttpTap({
      url: `http://127.0.0.1:${port}/mcp`,
      listen: 0,
      env: process.env,
      say: () => undefined,
      page: { port: 0, token: TOKEN, pages: (_req, res) => void res.end("page"), onPage: (p) => (page2 = p.url) },
      onStarted: (r) => (running = r),
    });
    try {
      await expect.poll(() => page2, { timeout: 20_000 }).not.toBe("");
      const s = (await (await fetch(`${page2}/api/state`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as {
        tap: { canRestart: boolean };
      };
      expect(s.tap.canRestart).toBe(false);
      expect(running.restart).toBeUndefined();
    } finally {
      running?.stop();
      await done;
      await kill(server);
    }
  });
});

describe("the page shows every restart, not only its own", () => {
  const TOKEN = "p".repeat(43);
  const restartedOn = async (pageUrl: string) =>
    (
      (await (await fetch(`${pageUrl}/api/state`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as {
        tap: { restarted?: { notified: string[]; changes: string[] } };
      }
    ).tap.restarted;

  it("a server that restarted on its own: the page shows the list_changed sent and the surface diff", async () => {
    const tools = toolsFile();
    const port = await freePort();
    let server = await startServer(port, tools);
    let running!: RunningHttpTapRun;
    let pageUrl = "";
    const done = runHttpTap({
      url: `http://127.0.0.1:${port}/mcp`,
      listen: 0,
      env: process.env,
      say: () => undefined,
      page: { port: 0, token: TOKEN, pages: (_req, res) => void res.end("page"), onPage: (p) => (pageUrl = p.url) },
      onStarted: (r) => (running = r),
    });
    await expect.poll(() => running, { timeout: 20_000 }).toBeDefined();
    const h = await host(running.url);
    try {
      expect(await h.tools()).not.toContain("fresh");
      await expect.poll(() => pageUrl, { timeout: 20_000 }).not.toBe("");
      expect(await restartedOn(pageUrl)).toBeUndefined();
      writeFileSync(tools, "fresh\n");
      await kill(server);
      server = await startServer(port, tools);
      // The tap finds the restart at the host's next request.
      expect(await h.tools()).toContain("fresh");
      await expect.poll(async () => (await restartedOn(pageUrl))?.changes.join("\n"), { timeout: 20_000 }).toMatch(/fresh/);
      expect((await restartedOn(pageUrl))?.notified).toEqual(["notifications/tools/list_changed"]);
    } finally {
      await h.client.close().catch(() => undefined);
      running.stop();
      await done;
      await kill(server);
    }
  });

  it("kill -USR2 (not the page's button): the page shows it too", async () => {
    const tools = toolsFile();
    let pageUrl = "";
    const t = await ownedTap(tools, {
      page: { port: 0, token: TOKEN, pages: (_req, res) => void res.end("page"), onPage: (p) => (pageUrl = p.url) },
    });
    const h = await host(t.running.url);
    try {
      await h.tools();
      await expect.poll(() => pageUrl, { timeout: 20_000 }).not.toBe("");
      writeFileSync(tools, "fresh\n");
      process.kill(process.pid, "SIGUSR2");
      await expect.poll(async () => (await restartedOn(pageUrl))?.changes.join("\n"), { timeout: 30_000 }).toMatch(/fresh/);
      expect((await restartedOn(pageUrl))?.notified).toEqual(["notifications/tools/list_changed"]);
    } finally {
      await h.client.close().catch(() => undefined);
      t.running.stop();
      await t.done;
    }
  });
});

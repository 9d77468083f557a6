import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterEach, describe, expect, it } from "vitest";
import { ByteTransport } from "./scripted-host";
import { ENDED_FILE } from "../../server/tap/hub-ended";
import { SERVER, endTap, hubDirOf, hubFileOf, pageSocket, readHub, runtimeDir, startTap, type RunningTap } from "./hub-helpers";
import { freePort } from "../helpers/free-port";

// Issue 65: when the tap that serves the page goes, the others forward on untouched and one of
// them takes the page over (same port, same token: an open page reconnects); stale hub files are
// replaced; the hub folder is this user's alone or not used.
const running: RunningTap[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(endTap));
});
async function started(t: Promise<RunningTap>): Promise<RunningTap> {
  const tap = await t;
  running.push(tap);
  return tap;
}

/** The host's session in two halves (the hub goes between them). */
async function firstHalf(c: Client): Promise<void> {
  await c.listTools();
  await c.callTool({ name: "echo", arguments: { text: "one" } });
  await c.callTool({ name: "count", arguments: { n: 3 } }, undefined, { onprogress: () => undefined });
}
async function secondHalf(c: Client): Promise<void> {
  await c.listPrompts();
  await c.callTool({ name: "echo", arguments: { text: "two" } });
  await c.ping();
}

/** The same host straight to the server: every byte it receives. */
async function direct(name: string): Promise<Buffer> {
  const child = spawn(process.execPath, [SERVER], { stdio: ["pipe", "pipe", "ignore"] });
  const t = new ByteTransport(child.stdin, child.stdout);
  const c = new Client({ name, version: "1.0.0" }, { capabilities: {} });
  await c.connect(t);
  await firstHalf(c);
  await secondHalf(c);
  await t.close();
  await new Promise((r) => child.once("exit", r));
  return t.bytes();
}

const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;
function plantHubFile(rt: string, pid: number, port: number, mode = 0o600): void {
  mkdirSync(hubDirOf(rt), { mode: 0o700, recursive: true });
  writeFileSync(hubFileOf(rt), JSON.stringify({ version: 1, pid, port, token: "k".repeat(64), secret: "s".repeat(64) }), { mode });
  chmodSync(hubFileOf(rt), mode);
}

describe("the hub's hand-over", { timeout: 120_000 }, () => {
  it("the hub's host goes: the others forward untouched, one takes the page over on its port, the page gets back in", async () => {
    const rt = runtimeDir();
    const a = await started(startTap(rt, "host-a"));
    const b = await started(startTap(rt, "host-b"));
    const c = await started(startTap(rt, "host-c"));
    // Issue 71 part 9: a session that ended before the takeover (d), and the hub's own (a).
    const d = await started(startTap(rt, "host-d"));
    const before = readHub(rt);
    expect(before.pid).toBe(a.child.pid);
    await Promise.all([firstHalf(a.client), firstHalf(b.client), firstHalf(c.client), firstHalf(d.client)]);
    await endTap(d);
    running.splice(running.indexOf(d), 1);
    const page = await pageSocket(before.port, before.token);
    await page.command({ type: "hello", since: 0 });
    const pageClosed = new Promise((r) => page.ws.once("close", r));

    // The hub's host disconnects: its tap ends, and with it the page's server.
    await endTap(a);
    running.splice(running.indexOf(a), 1);
    await pageClosed;
    await expect
      .poll(() => existsSync(hubFileOf(rt)) && [b.child.pid, c.child.pid].includes(readHub(rt).pid), { timeout: 20_000 })
      .toBe(true);
    const after = readHub(rt);
    expect(after.port).toBe(before.port);
    expect(after.token).toBe(before.token);
    const heir = after.pid === b.child.pid ? b : c;
    // The ended sessions the old hub handed over are taken off the disk by the heir.
    expect(existsSync(path.join(hubDirOf(rt), ENDED_FILE))).toBe(false);
    // The heir tells its host before its hub file names it (hub.ts): the line is written; it may still
    // be in the pipe to this process when the file is seen.
    await expect
      .poll(() => heir.log(), { timeout: 5_000 })
      .toMatch(/took over the live page at http:\/\/127\.0\.0\.1:\d+\/\?r=[\w-]{22}#launch=/);

    // Forwarding never broke: each host gets every byte it would have got straight from the server.
    await Promise.all([secondHalf(b.client), secondHalf(c.client)]);
    expect(b.host.bytes().equals(await direct("host-b"))).toBe(true);
    expect(c.host.bytes().equals(await direct("host-c"))).toBe(true);

    // A page that held the token gets back in on the same port; both live sessions are there, whole,
    // and the ended ones stay listed, ended, readable as before (the hub's own among them).
    const again = await pageSocket(after.port, after.token);
    await again.command({ type: "hello", since: 0 });
    await expect.poll(async () => (await again.sessions()).sessions.filter((s) => s.live).length, { timeout: 15_000 }).toBe(2);
    const list = await again.sessions();
    const shown = list.sessions.map((s) => `${s.host} ${s.live ? "live" : "ended"}`).sort();
    expect(shown).toEqual(["host-a ended", "host-b live", "host-c live", "host-d ended"]);
    for (const s of list.sessions) {
      const from = again.frames.length;
      await again.command({ type: "tap-select", key: s.key });
      await expect.poll(() => again.echoed(from)).toEqual(s.live ? ["one", "two"] : ["one"]);
    }
    // An ended session's restart and save are refused in words, as before the takeover.
    const ended = list.sessions.find((s) => s.host === "host-d")!;
    await again.command({ type: "tap-select", key: ended.key });
    const save = await again.command({ type: "save-session" });
    expect(save.ok).toBe(false);
    expect(save.error?.message).toMatch(/the tap that owns this session has gone/);
    again.ws.close();
  });

  it("a stale hub file is replaced: a dead pid, a live pid with nothing on its port, a file open to others", async () => {
    for (const [why, plant] of [
      ["dead pid", (rt: string) => plantHubFile(rt, deadPid(), 9)],
      ["nothing on the port", async (rt: string) => plantHubFile(rt, process.pid, await freePort())],
      ["open to others", (rt: string) => plantHubFile(rt, process.pid, 9, 0o644)],
    ] as const) {
      const rt = runtimeDir();
      await plant(rt);
      const t = await started(startTap(rt, "host-a"));
      expect(t.line, why).toMatch(/other taps join this page/);
      const hub = readHub(rt);
      expect(hub.pid, why).toBe(t.child.pid);
      expect(hub.secret).not.toBe("s".repeat(64));
      expect(statSync(hubFileOf(rt)).mode & 0o777).toBe(0o600);
      await endTap(t);
      running.splice(running.indexOf(t), 1);
      // A hub that leaves takes its file with it, and leaves no ended sessions with no tap to take them.
      expect(existsSync(hubFileOf(rt)), why).toBe(false);
      expect(existsSync(path.join(hubDirOf(rt), ENDED_FILE)), why).toBe(false);
    }
  });

  it("a hub folder open to others is not used: the tap keeps a page of its own and says why", async () => {
    const rt = runtimeDir();
    mkdirSync(hubDirOf(rt), { mode: 0o700 });
    chmodSync(hubDirOf(rt), 0o755);
    const t = await started(startTap(rt, "host-a"));
    expect(t.line).toMatch(/no shared page \(.*mcp-inspector-harness is open to other users \(mode 755\)\); live page at http/);
    expect(existsSync(hubFileOf(rt))).toBe(false);
  });

  it("--no-hub keeps a page of its own; --no-page neither serves nor joins", async () => {
    const rt = runtimeDir();
    const a = await started(startTap(rt, "host-a"));
    const own = await started(startTap(rt, "host-b", ["--no-hub"]));
    const none = await started(startTap(rt, "host-c", ["--no-page"]));
    const hub = readHub(rt);
    expect(own.line).not.toContain(`:${hub.port}/`);
    expect(own.line).toMatch(/live page at http:\/\/127\.0\.0\.1:\d+\/\?r=[\w-]{22}#launch=/);
    expect(none.line).not.toMatch(/live page/);
    const page = await pageSocket(hub.port, hub.token);
    expect((await page.sessions()).sessions.map((s) => s.pid)).toEqual([a.child.pid]);
    page.ws.close();
  });
});

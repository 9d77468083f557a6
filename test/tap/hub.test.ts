import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import WebSocket from "ws";
import { afterEach, describe, expect, it } from "vitest";
import { echo, endTap, hubDirOf, hubFileOf, pageSocket, readHub, runtimeDir, startTap, type Frame, type RunningTap } from "./hub-helpers";

// Issue 65: a host starts one tap per server, all at once; they share one page (the hub).
const running: RunningTap[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(endTap));
});
const started = async (...taps: Promise<RunningTap>[]) => {
  const all = await Promise.all(taps);
  running.push(...all);
  return all;
};

describe("many taps on one page (the hub)", { timeout: 120_000 }, () => {
  it("three taps started at once: one serves the page, two join it; each session shows its own frames", async () => {
    const rt = runtimeDir();
    const saved = path.join(mkdtempSync(path.join(tmpdir(), "tap-hub-save-")), "b.json");
    const [a, b, c] = await started(startTap(rt, "host-a"), startTap(rt, "host-b", ["--save-session", saved]), startTap(rt, "host-c"));
    for (const [t, name] of [
      [a, "a"],
      [b, "b"],
      [c, "c"],
    ] as const)
      expect(await echo(t, `from ${name}`)).toEqual([{ type: "text", text: `from ${name}` }]);

    // One hub, on one port; the others' one start line says they joined it (a one-time code, no secret).
    const hub = readHub(rt);
    const lines = [a, b, c].map((t) => t.line);
    expect(lines.filter((l) => /other taps join this page/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => new RegExp(`joined the page of the tap pid ${hub.pid};`).test(l))).toHaveLength(2);
    for (const t of [a, b, c]) {
      expect(t.line).toMatch(new RegExp(`live page at http://127\\.0\\.0\\.1:${hub.port}/\\?r=[\\w-]{22}(&tap=[\\w.-]+)?#launch=[\\w-]+ `));
      expect(t.log()).not.toContain(hub.secret);
      expect(t.log()).not.toContain(hub.token);
      expect(
        t
          .log()
          .split("\n")
          .filter((l) => l.startsWith("mcp-inspector-harness tap:")),
      ).toHaveLength(1);
    }
    // The folder and the file are this user's alone.
    expect(statSync(hubDirOf(rt)).mode & 0o777).toBe(0o700);
    expect(statSync(hubFileOf(rt)).mode & 0o777).toBe(0o600);

    const page = await pageSocket(hub.port, hub.token);
    await page.command({ type: "hello", since: 0 });
    await expect.poll(async () => (await page.sessions()).sessions.filter((s) => s.host).length, { timeout: 15_000 }).toBe(3);
    const list = await page.sessions();
    expect(list.sessions.map((s) => s.host).sort()).toEqual(["host-a", "host-b", "host-c"]);
    expect(list.sessions.every((s) => s.live && s.server.endsWith("tap-server.mjs"))).toBe(true);
    expect(list.sessions.filter((s) => s.hub).map((s) => s.pid)).toEqual([hub.pid]);
    expect(list.current).toBe(list.sessions.find((s) => s.hub)!.key);
    // A joined tap's link opens the page on its own session.
    const bKey = list.sessions.find((s) => s.host === "host-b")!.key;
    expect(b.line.includes(`tap=${bKey}#`)).toBe(b.child.pid !== hub.pid);

    // Each session on the socket in turn: its own welcome, and only its own host's frames.
    for (const name of ["a", "b", "c"]) {
      const key = list.sessions.find((s) => s.host === `host-${name}`)!.key;
      const from = page.frames.length;
      expect((await page.command({ type: "tap-select", key })).result).toMatchObject({ current: key });
      await expect.poll(() => page.frames.slice(from).find((f) => f.type === "welcome")?.state?.tap?.clientInfo?.name).toBe(`host-${name}`);
      await expect.poll(() => page.echoed(from)).toEqual([`from ${name}`]);
    }
    // The socket shows c now; a new frame of c's host arrives there.
    const from = page.frames.length;
    await echo(c, "again from c");
    await expect.poll(() => page.echoed(from)).toEqual(["again from c"]);

    // Restart and save go to the tap that owns the session (b), wherever the page is served.
    const bPid = list.sessions.find((s) => s.host === "host-b")!.pid;
    await page.command({ type: "tap-select", key: bKey });
    const restarted = await page.command({ type: "restart" });
    expect(restarted.ok).toBe(true);
    expect((restarted.result as Frame["state"])?.tap?.restarted).toBeTruthy();
    const bTap = [a, b, c].find((t) => t.child.pid === bPid)!;
    expect(bTap.log()).toMatch(/restarting the server \(restarted from the page\)/);
    expect(await echo(bTap, "after the restart")).toEqual([{ type: "text", text: "after the restart" }]);
    const save = await page.command({ type: "save-session" });
    expect(save.ok).toBe(true);
    expect((save.result as { file: string }).file).toBe(saved);
    expect(existsSync(saved)).toBe(true);

    // A host that goes: its session reads as ended; the others stay live. One whose tap is not the
    // hub (which of the three won the election is chance; the hub's own going is a handover, tested
    // in hub-handover.test.ts, and its page socket would close with it).
    const leaving = [a, b, c].find((t) => t.child.pid !== hub.pid)!;
    const leavingKey = list.sessions.find((s) => s.pid === leaving.child.pid)!.key;
    await endTap(leaving);
    await expect
      .poll(async () => (await page.sessions()).sessions.find((s) => s.key === leavingKey)?.live, { timeout: 15_000 })
      .toBe(false);
    expect((await page.sessions()).sessions.filter((s) => s.live)).toHaveLength(2);
    page.ws.close();
  });

  it("refuses a tap without the token, or with a wrong or missing hub secret", async () => {
    const rt = runtimeDir();
    await started(startTap(rt, "host-a"));
    const hub = readHub(rt);
    // No token: the upgrade is refused.
    const bare = new WebSocket(`ws://127.0.0.1:${hub.port}/ws`);
    const status = await new Promise<number | undefined>((r) => {
      bare.once("unexpected-response", (_q, res) => r(res.statusCode));
      bare.once("open", () => r(undefined));
      bare.once("error", () => undefined);
    });
    expect(status).toBe(401);
    // The token but a wrong, then no, secret: refused in words, closed, and no session added.
    for (const secret of ["x".repeat(64), undefined]) {
      const s = await pageSocket(hub.port, hub.token);
      const closed = new Promise<number>((r) => s.ws.once("close", (code) => r(code)));
      s.ws.send(
        JSON.stringify({
          type: "hub-join",
          version: 1,
          inspectorVersion: "0",
          ...(secret ? { secret } : {}),
          key: "999-abc",
          server: "evil",
          pid: 999,
          state: { status: "connected" },
        }),
      );
      expect(await closed).toBe(1008);
      expect(s.frames[0]).toMatchObject({ type: "hub-refused", reason: secret ? "wrong hub secret" : "no hub secret" });
    }
    const page = await pageSocket(hub.port, hub.token);
    expect((await page.sessions()).sessions.map((s) => s.server)).not.toContain("evil");
    page.ws.close();
  });
});

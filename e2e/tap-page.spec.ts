import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { expect, test } from "./inspector";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { ByteTransport } from "../test/tap/scripted-host";
import { screenshots } from "./shots";

// Issue 65: the live page of a tap's session. A scripted host (an SDK client named as Claude
// Desktop names itself) drives `inspector tap` in front of a fixture server; the page is opened
// from the URL in the tap's one start line (stderr: the host's log).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "bin/inspector.mjs");
const SERVER = path.join(ROOT, "test/fixtures/tap-server.mjs");
const SHOTS = process.env.TAP_SHOTS;
// The taps' hub folder (docs/tap.md: one page for many taps) is this spec's own: no tap of another run joins these.
const RUNTIME = mkdtempSync(path.join(tmpdir(), "tap-page-runtime-"));

interface Tap {
  child: ChildProcess;
  /** Everything the tap wrote on stderr so far. */
  log(): string;
  /** The start line's page URL (a one-time launch code). */
  pageUrl: string;
  startLine: string;
}

async function startTap(args: string[], env: Record<string, string> = {}): Promise<Tap> {
  const child = spawn(process.execPath, [BIN, "tap", ...args], {
    cwd: ROOT,
    env: { ...process.env, XDG_RUNTIME_DIR: RUNTIME, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  const startLine = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start line in 30 s:\n${err}`)), 30_000);
    const look = () => {
      const line = err.split("\n").find((l) => /^mcp-inspector-harness tap: forwarding/.test(l));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    };
    child.stderr!.on("data", look);
    child.once("exit", (code) => reject(new Error(`the tap exited (${code}) before its start line:\n${err}`)));
  });
  const m = /live page at (http:\/\/127\.0\.0\.1:\d+\/\?r=[\w-]+#launch=[\w-]+)/.exec(startLine);
  if (!m) throw new Error(`the start line names no page: ${startLine}`);
  return { child, log: () => err, pageUrl: m[1], startLine };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => {
    child.once("exit", () => r());
    child.kill("SIGTERM");
  });
}

/** The timeline row of a method, in the host's direction or the server's. */
const row = (page: Page, text: string) => page.locator(".tl-row").filter({ hasText: text });

test.describe("the live page of a tap's session (issue 65)", () => {
  test("stdio: the host's session live, who sent each frame, a lint finding; restart and save from the page", async ({ page }) => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(path.join(tmpdir(), "tap-page-"));
    const tools = path.join(dir, "tools.txt");
    writeFileSync(tools, "");
    const saved = path.join(dir, "host.mcp-session.json");
    const tap = await startTap(["--port", "0", "--save-session", saved, "--", process.execPath, SERVER], { TAP_TOOLS_FILE: tools });
    // One line, with no token in it: the page's URL carries a one-time launch code.
    expect(tap.startLine).not.toMatch(/token=/);
    expect(
      tap
        .log()
        .split("\n")
        .filter((l) => l.startsWith("mcp-inspector-harness tap:")),
    ).toHaveLength(1);
    const host = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: { sampling: {}, roots: { listChanged: true } } });
    let changed = 0;
    host.setNotificationHandler(ToolListChangedNotificationSchema, () => void changed++);
    const wire = new ByteTransport(tap.child.stdin!, tap.child.stdout!);
    try {
      await host.connect(wire);
      expect((await host.listTools()).tools.map((t) => t.name)).toContain("echo");
      await host.callTool({ name: "echo", arguments: { text: "through the tap" } });
      // A host with a bug: a line that is not JSON (the protocol lint flags it).
      wire.sendRaw("{this is not json\n");

      await page.goto(tap.pageUrl);
      const panel = page.getByTestId("tap-panel");
      await expect(panel.getByRole("heading", { name: "Tap: claude-ai ↔ tap-server" })).toBeVisible({ timeout: 20_000 });
      await expect(page.getByTestId("tap-host")).toHaveText("claude-ai 0.1.0");
      await expect(page.getByTestId("tap-host-capabilities")).toContainText("sampling");
      await expect(page.getByTestId("tap-host-capabilities")).toContainText("roots");
      // No connect form, no Run: the host drives this session.
      await expect(page.getByRole("button", { name: /^Connect$/ })).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^Run/ })).toHaveCount(0);
      await expect(panel).toContainText("the host drives this session");

      // The timeline: initialize and the tools/call, each request paired with its response, and who sent each.
      await expect(row(page, "initialize").first()).toBeVisible();
      const call = row(page, "tools/call");
      await expect(call).toHaveCount(2);
      await expect(call.first().locator(".tl-dir")).toHaveAttribute("title", "host to server");
      await expect(call.nth(1).locator(".tl-dir")).toHaveAttribute("title", "server to host");
      await expect(call.nth(1).locator(".tl-latency")).toHaveText(/\d/);
      // The host's request, opened: no Run again or Edit and run (the page sends nothing into the host's session).
      await call.first().click();
      await expect(page.getByTestId("tap-no-resend")).toBeVisible();
      await expect(page.getByRole("button", { name: "Run again" })).toHaveCount(0);
      // Live: what the host does now shows without a reload.
      await host.callTool({ name: "echo", arguments: { text: "again" } });
      await expect(row(page, "tools/call")).toHaveCount(4);

      // The lint's finding on the host's bad line.
      const problems = page.getByRole("tab", { name: /Problems/ });
      await expect(problems).toContainText(/\d/);
      await problems.click();
      await expect(page.locator("#main-panel-problems")).toContainText(/JSON/i);

      // The listed surface comes from the record: the page sent nothing of its own.
      await page.getByRole("tab", { name: "Listed" }).click();
      await expect(page.getByTestId("tap-surface")).toContainText("echo");
      await screenshots(SHOTS, page, "tap-page", { widths: [1280, 420], height: 800, view: panel });

      // Restart from the page: the host keeps its connection and hears that the tools changed.
      writeFileSync(tools, "fresh\n");
      await page.getByRole("button", { name: "Restart the server" }).click();
      const restarted = page.getByTestId("tap-restarted");
      await expect(restarted).toContainText("notifications/tools/list_changed", { timeout: 30_000 });
      // The surface diff of the restart, in the diff command's words.
      await expect(restarted).toContainText(/tool fresh/);
      await expect.poll(() => changed, { timeout: 15_000 }).toBe(1);
      expect((await host.listTools()).tools.map((t) => t.name)).toContain("fresh");
      await host.ping();
      expect(tap.child.exitCode).toBeNull();

      // Save from the page, at any time: a session file `replay` accepts.
      await page.getByRole("button", { name: "Save the session" }).click();
      await expect(page.getByTestId("tap-saved")).toContainText(saved);
      await screenshots(SHOTS, page, "tap-page-saved", { widths: [1280, 420], height: 800, view: panel });
      expect(existsSync(saved)).toBe(true);
      const session = JSON.parse(readFileSync(saved, "utf8")) as { negotiated?: { clientCapabilities: object } };
      expect(session.negotiated?.clientCapabilities).toHaveProperty("sampling");
      const replayed = spawnSync(process.execPath, [BIN, "replay", saved, "--yes"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
      // Replayed against the fixture: the host's calls answer the same (the tools list, grown by the
      // restart, may differ from a fresh server's: exit 0 or 1, never a refused file).
      expect(replayed.stdout, replayed.stderr).toMatch(/same +#\d+ tools\/call echo/);
      expect([0, 1], replayed.stdout + replayed.stderr).toContain(replayed.status);
    } finally {
      await wire.close();
      await stop(tap.child);
    }
  });

  test("stdio: commands that would drive the host's session are refused in words", async ({ page }) => {
    const tap = await startTap(["--port", "0", "--", process.execPath, SERVER]);
    const wire = new ByteTransport(tap.child.stdin!, tap.child.stdout!);
    const host = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: {} });
    try {
      await host.connect(wire);
      await page.goto(tap.pageUrl);
      await expect(page.getByTestId("tap-panel")).toBeVisible({ timeout: 20_000 });
      // The page's own token, kept for its tab: drive the socket as a script would.
      const refused = await page.evaluate(async () => {
        const token = sessionStorage.getItem(`mcp-inspector-token:${location.origin}`);
        // The token as the page sends it: a subprotocol, base64url (lib/wire/proof.ts).
        const b64 = btoa(String(token)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
        const ws = new WebSocket(`ws://${location.host}/ws`, ["mcp-inspector", `mcp-inspector.token.${b64}`]);
        const replies: string[] = [];
        await new Promise<void>((resolve, reject) => {
          ws.onerror = () => reject(new Error("socket refused"));
          ws.onopen = () => {
            ws.send(JSON.stringify({ type: "hello", id: "h" }));
            ws.send(JSON.stringify({ type: "call-tool", id: "c", name: "echo", arguments: { text: "x" } }));
            ws.send(JSON.stringify({ type: "connect", id: "k", spec: { target: { transport: "stdio", command: "node", args: [] } } }));
          };
          ws.onmessage = (m) => {
            const frames = [JSON.parse(String(m.data))].flat() as { type: string; id?: string; error?: { message: string } }[];
            for (const f of frames) if (f.type === "reply" && f.id !== "h") replies.push(`${f.id}: ${f.error?.message}`);
            if (replies.length === 2) resolve();
          };
        });
        ws.close();
        return replies.sort();
      });
      expect(refused[0]).toMatch(/^c: this is a host's session seen through the tap: call-tool is not offered/);
      expect(refused[1]).toMatch(/^k: this is a host's session seen through the tap: connect is not offered/);
      // Nothing reached the server from the page: the record holds the host's frames only.
      await expect(row(page, "tools/call")).toHaveCount(0);
    } finally {
      await wire.close();
      await stop(tap.child);
    }
  });

  test("a busy --port: the tap forwards without a page and says so in its one line", async () => {
    const first = await startTap(["--port", "0", "--", process.execPath, SERVER]);
    const busy = new URL(first.pageUrl).port;
    const child = spawn(process.execPath, [BIN, "tap", "--no-hub", "--port", busy, "--", process.execPath, SERVER], {
      cwd: ROOT,
      env: { ...process.env, XDG_RUNTIME_DIR: RUNTIME },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let err = "";
    child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
    const wire = new ByteTransport(child.stdin!, child.stdout!);
    const host = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: {} });
    try {
      await host.connect(wire);
      expect((await host.callTool({ name: "echo", arguments: { text: "still forwarded" } })).content).toEqual([
        { type: "text", text: "still forwarded" },
      ]);
      await expect.poll(() => err).toMatch(new RegExp(`no live page: port ${busy} is in use .*; forwarding goes on`));
      expect(err.split("\n").filter((l) => l.startsWith("mcp-inspector-harness tap:"))).toHaveLength(1);
    } finally {
      await wire.close();
      await stop(child);
      await stop(first.child);
    }
  });

  test("HTTP (--server-url --listen): the same page, restart offered only where the tap owns the process", async ({ page }) => {
    const server = spawn(process.execPath, [SERVER, "http", "0"], { stdio: ["ignore", "ignore", "pipe"] });
    const port = await new Promise<string>((resolve) => {
      let out = "";
      server.stderr!.on("data", (c: Buffer) => {
        out += c.toString();
        const m = /listening (\d+)/.exec(out);
        if (m) resolve(m[1]);
      });
    });
    const tap = await startTap(["--server-url", `http://127.0.0.1:${port}/mcp`, "--listen", "0", "--port", "0"]);
    const listen = /forwarding (http:\/\/127\.0\.0\.1:\d+\/mcp) to/.exec(tap.startLine)![1];
    const host = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: { elicitation: {} } });
    try {
      await host.connect(new StreamableHTTPClientTransport(new URL(listen)));
      await host.callTool({ name: "echo", arguments: { text: "over http" } });
      await page.goto(tap.pageUrl);
      await expect(page.getByTestId("tap-panel").getByRole("heading", { name: "Tap: claude-ai ↔ tap-server" })).toBeVisible({
        timeout: 20_000,
      });
      await expect(page.getByTestId("tap-host-capabilities")).toContainText("elicitation");
      await expect(page.getByTestId("protocol-card")).toContainText("Requested by the host");
      await expect(row(page, "tools/call").first().locator(".tl-dir")).toHaveAttribute("title", "host to server");
      await expect(page.getByRole("button", { name: "Restart the server" })).toBeDisabled();
      await screenshots(SHOTS, page, "tap-page-http", { widths: [1280, 420], height: 800 });
    } finally {
      await host.close();
      await stop(tap.child);
      await stop(server);
    }
  });

  test("HTTP without --listen (stdio to the host, as mcp-remote): the same page", async ({ page }) => {
    const server = spawn(process.execPath, [SERVER, "http", "0"], { stdio: ["ignore", "ignore", "pipe"] });
    const port = await new Promise<string>((resolve) => {
      let out = "";
      server.stderr!.on("data", (c: Buffer) => {
        out += c.toString();
        const m = /listening (\d+)/.exec(out);
        if (m) resolve(m[1]);
      });
    });
    const tap = await startTap(["--server-url", `http://127.0.0.1:${port}/mcp`, "--port", "0"]);
    expect(tap.startLine).toMatch(/^mcp-inspector-harness tap: forwarding stdio to http:\/\/127\.0\.0\.1:\d+\/mcp; live page at /);
    const wire = new ByteTransport(tap.child.stdin!, tap.child.stdout!);
    const host = new Client({ name: "cursor", version: "2.0.0" }, { capabilities: { roots: {} } });
    try {
      await host.connect(wire);
      await host.callTool({ name: "echo", arguments: { text: "stdio to http" } });
      await page.goto(tap.pageUrl);
      await expect(page.getByTestId("tap-panel").getByRole("heading", { name: "Tap: cursor ↔ tap-server" })).toBeVisible({
        timeout: 20_000,
      });
      await expect(row(page, "tools/call").first().locator(".tl-dir")).toHaveAttribute("title", "host to server");
    } finally {
      await wire.close();
      await stop(tap.child);
      await stop(server);
    }
  });
});

import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/targets";
import { exitedAndRead } from "../helpers/exited";

// Spawned as a host would: bin/inspector.mjs (dist/, built by `npm run build`) between the
// official inspector's CLI (a client nobody here wrote) and the tap's fixture server.
const BIN = path.join(ROOT, "bin/inspector.mjs");
const OFFICIAL = path.join(ROOT, "node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js");
const SERVER = "test/fixtures/tap-server.mjs";

function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  return exitedAndRead(child).then(({ code }) => ({ code, out, err }));
}

describe("the official inspector's CLI through the tap", () => {
  it("lists and calls through it; the tap's recording replays and becomes a collection", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "tap-official-")), "official.mcp-session.json");
    const tap = ["--cli", process.execPath, BIN, "tap", "--save-session", file, process.execPath, SERVER];
    const listed = await run([OFFICIAL, ...tap, "--method", "tools/list"]);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.out) as { tools: { name: string }[] }).tools.map((t) => t.name)).toContain("ask-person");
    // The tap's line and the server's stderr went to the host's log (stderr), nothing of ours to stdout.
    expect(listed.err).toMatch(/mcp-inspector-harness tap: forwarding to /);
    expect(listed.err).toContain("tap-server ready");
    const called = await run([OFFICIAL, ...tap, "--method", "tools/call", "--tool-name", "echo", "--tool-arg", "text=through the tap"]);
    expect(called.code).toBe(0);
    expect(JSON.parse(called.out)).toEqual({ content: [{ type: "text", text: "through the tap" }] });
    expect(called.err).toMatch(/session saved to .*official\.mcp-session\.json/);

    const replayed = await run([BIN, "replay", file, "--yes"]);
    expect(replayed.code).toBe(0);
    expect(replayed.out).toMatch(/same +#\d+ tools\/call echo/);
    // The official CLI lists the tools before it calls one: both replay the same.
    expect(replayed.out).toMatch(/2 same, 0 changed/);

    const collection = await run([BIN, "test", "--from-session", file]);
    expect(collection.code).toBe(0);
    expect(collection.out).toMatch(/tool: echo\n\s+arguments:\n\s+text: through the tap/);
  });
});

describe("a host that ends the tap with a signal", () => {
  it("SIGTERM: the server's group is stopped and the session still saved", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "tap-term-")), "term.mcp-session.json");
    const child = spawn(process.execPath, [BIN, "tap", "--save-session", file, "--", process.execPath, SERVER], {
      cwd: ROOT,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const answered = new Promise<void>((resolve) =>
      child.stdout.on("data", (d: Buffer) => String(d).includes('"serverInfo"') && resolve()),
    );
    child.stdin.write(
      JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "h", version: "1" } },
      }) + "\n",
    );
    await answered;
    // The start line comes once the page is up, which on a loaded machine may be after the answer.
    await expect.poll(() => err, { timeout: 30_000 }).toMatch(/\(pid \d+\)/);
    const serverPid = Number(/\(pid (\d+)\)/.exec(err)![1]);
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(0);
    expect(err).toMatch(/session saved to .*term\.mcp-session\.json \(\d+ entries/);
    expect(() => process.kill(serverPid, 0)).toThrow();
  });
});

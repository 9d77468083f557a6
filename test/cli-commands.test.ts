import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { SessionFile } from "../lib/session/file";
import { EVERYTHING, ROOT, everythingStdio, waitFor } from "./helpers/targets";
import { fixture } from "./helpers/fixtures";
import { recordSession } from "./helpers/sessions";
import { runLauncher } from "./helpers/launcher";
import { exitedAndRead } from "./helpers/exited";

// The commands as a user runs them: node bin/inspector.mjs (the built backend, dist/inspector.mjs).
// Each test starts its own processes and writes its own files, so the tests run at once: their
// time is mostly processes starting.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cli-commands-"));
});

function save(name: string, s: SessionFile): string {
  const f = path.join(dir, name);
  writeFileSync(f, JSON.stringify(s));
  return f;
}

const listing = (v: 1 | 2) =>
  recordSession(fixture("versioned-server", [], { SURFACE_VERSION: String(v) }), async (e) => {
    for (const m of ["tools/list", "resources/list", "resources/templates/list", "prompts/list"])
      await e.request(m, {}).catch(() => undefined);
  });

describe.concurrent("inspector mock", () => {
  test("over stdio a plain client gets the recorded initialize and echo; the summary goes to stderr; exit 0", async () => {
    const file = save(
      "echo.mcp-session.json",
      await recordSession(everythingStdio(), async (e) => void (await e.callTool("echo", { message: "from the recording" }))),
    );
    const child = spawn(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), "mock", file], {
      cwd: ROOT,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const exited = exitedAndRead(child).then(({ code }) => code);
    child.stdin.write(
      JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "plain", version: "0" } },
      }) + "\n",
    );
    child.stdin.write(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }) + "\n");
    child.stdin.write(
      JSON.stringify({
        jsonrpc: "2.0",
        id: 2,
        method: "tools/call",
        params: { name: "echo", arguments: { message: "from the recording" } },
      }) + "\n",
    );
    await waitFor(() => out.includes('"id":2'), 15_000, "the echo answer");
    child.stdin.end();
    expect(await exited).toBe(0);
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.find((m) => m.id === 1).result.serverInfo.name).toBe("mcp-servers/everything");
    expect(JSON.stringify(lines.find((m) => m.id === 2).result)).toContain("Echo: from the recording");
    expect(err).toMatch(/matched/);
  });

  test("a file that is not a session: exit 2 with the reason", async () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, "{}");
    const r = runLauncher(["mock", bad]);
    expect((await r.exited).code).toBe(2);
    expect(r.stderr()).toMatch(/bad\.json: /);
  });
});

describe.concurrent("inspector diff", () => {
  test("two recordings of two versions: breaking changes exit 1; the same recording twice exits 0; --format json parses", async () => {
    const v1 = save("v1.mcp-session.json", await listing(1));
    const v2 = save("v2.mcp-session.json", await listing(2));
    const changed = runLauncher(["diff", v1, v2]);
    expect((await changed.exited).code).toBe(1);
    expect(changed.stdout()).toMatch(/breaking/i);
    const same = runLauncher(["diff", v1, v1]);
    expect((await same.exited).code).toBe(0);
    const json = runLauncher(["diff", v1, v2, "--format", "json"]);
    await json.exited;
    expect(JSON.parse(json.stdout())).toBeTypeOf("object");
  });

  test("bad input: exit 2 with a message, nothing on stdout", async () => {
    const missing = runLauncher(["diff", path.join(dir, "nope.mcp-session.json"), path.join(dir, "nope2.json")]);
    expect((await missing.exited).code).toBe(2);
    expect(missing.stderr()).toMatch(/no such file/);
    expect(missing.stdout()).toBe("");
    const one = runLauncher(["diff", "only-one"]);
    expect((await one.exited).code).toBe(2);
    expect(one.stderr()).toMatch(/diff compares two sides/);
  });
});

describe.concurrent("standing answers from flags, headless", () => {
  test("--root answers the server's roots/list; --elicitation decline answers its elicitation", async () => {
    const roots = runLauncher([
      "--cli",
      process.execPath,
      EVERYTHING,
      "stdio",
      "--method",
      "tools/call",
      "--tool-name",
      "get-roots-list",
      "--root",
      "/tmp/inspector-root",
    ]);
    expect((await roots.exited).code, roots.stderr()).toBe(0);
    expect(roots.stdout()).toContain("file:///tmp/inspector-root");
    const declined = runLauncher([
      "--cli",
      process.execPath,
      EVERYTHING,
      "stdio",
      "--method",
      "tools/call",
      "--tool-name",
      "trigger-elicitation-request",
      "--elicitation",
      "decline",
    ]);
    expect((await declined.exited).code, declined.stderr()).toBe(0);
    expect(declined.stdout()).toMatch(/declined/);
  });

  test("--sampling FILE answers sampling with a canned rule; a bad file is a usage error naming it", async () => {
    const rules = path.join(dir, "rules.json");
    writeFileSync(rules, JSON.stringify({ rules: [{ match: "/hi/", text: "canned reply", model: "canned" }] }));
    const r = runLauncher([
      "--cli",
      process.execPath,
      EVERYTHING,
      "stdio",
      "--method",
      "tools/call",
      "--tool-name",
      "trigger-sampling-request",
      "--tool-arg",
      "prompt=hi",
      "--sampling",
      rules,
    ]);
    expect((await r.exited).code, r.stderr()).toBe(0);
    expect(r.stdout()).toContain("canned reply");
    const bad = path.join(dir, "bad-rules.json");
    writeFileSync(bad, JSON.stringify({ rules: [{ text: 1 }] }));
    const b = runLauncher(["--cli", process.execPath, EVERYTHING, "stdio", "--method", "ping", "--sampling", bad]);
    expect((await b.exited).code).toBe(1);
    expect(b.stderr()).toMatch(/--sampling: .*bad-rules\.json is not a list of rules/);
    writeFileSync(bad, JSON.stringify([{ match: "/(/", text: "x" }]));
    const re = runLauncher(["--cli", process.execPath, EVERYTHING, "stdio", "--method", "ping", "--sampling", bad]);
    expect((await re.exited).code).toBe(1);
    expect(re.stderr()).toMatch(/--sampling: .*bad-rules\.json rule 1: not a valid regular expression/);
  });

  test("usage errors: exit 1 for --cli (the official CLI's code), 2 for the other commands", async () => {
    const cli = runLauncher(["--cli", process.execPath, EVERYTHING, "--method", "nope"]);
    expect((await cli.exited).code).toBe(1);
    const check = runLauncher(["check", "--format", "xml", process.execPath, EVERYTHING]);
    expect((await check.exited).code).toBe(2);
  });
});

describe.concurrent("--cli exit codes for what goes wrong on the way in", () => {
  test("a server that answers 401, no terminal and no --auth: exit 3 at once with what to do instead of waiting for a login (as the official CLI); a server that never answers initialize: --connect-timeout ends it, exit 4", async () => {
    const http = await import("node:http");
    const server = http.createServer((req, res) => {
      req.resume();
      if (req.url === "/hang") return; // never answers
      res.writeHead(401, { "www-authenticate": 'Bearer resource_metadata="http://127.0.0.1/.well-known/oauth-protected-resource"' }).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    try {
      const denied = runLauncher(["--cli", "--server-url", `http://127.0.0.1:${port}/mcp`, "--method", "tools/list"]);
      expect((await denied.exited).code).toBe(3);
      expect(denied.stderr()).toMatch(
        /HTTP 401 Unauthorized from .*: logging in needs a terminal \(none here\); pass --auth auto .*MCP_ACCESS_TOKEN/,
      );
      expect(denied.stderr()).not.toMatch(/wants you to log in/);
      const hang = runLauncher([
        "--cli",
        "--server-url",
        `http://127.0.0.1:${port}/hang`,
        "--method",
        "tools/list",
        "--connect-timeout",
        "500",
      ]);
      expect((await hang.exited).code).toBe(4);
      expect(hang.stderr()).toMatch(/initialize timed out/);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

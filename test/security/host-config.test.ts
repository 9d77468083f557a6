// Seventh red-team (issue 62), host configurations: `check --config FILE` on a file someone else
// wrote or that went wrong. One hostile entry must not hide the others, nothing runs that the host
// would not run, and the report (logged, pasted into issues) shows no secret the file or the
// environment gave a server.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkConfigServers } from "../../server/commands/check/config-servers";
import { hostServers } from "../../lib/target/host-config";
import { runCommandLine } from "../../server/commands/main";

const TOKEN = "ghp_redteam7SECRETtokenvalue0000000000";
const ENV_SECRET = "env-secret-value-5678-redteam";
const HEADER_SECRET = "lit-header-secret-1234-redteam";

/** An HTTP server that refuses every request and repeats its credentials in the refusal. */
let echo: Server;
let echoUrl: string;
beforeAll(async () => {
  echo = createServer((req, res) => {
    req.resume();
    res.writeHead(400, { "content-type": "application/json" }).end(
      JSON.stringify({
        jsonrpc: "2.0",
        id: null,
        error: { code: -32600, message: `bad: ${req.headers.authorization} ${req.headers["x-api-key"]}` },
      }),
    );
  });
  await new Promise<void>((r) => echo.listen(0, "127.0.0.1", () => r()));
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/mcp`;
});
afterAll(() => new Promise<void>((r) => echo.close(() => r())));

async function check(file: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  // --yes: a project's file (.vscode/, .kiro/) starts only after the person says so (issue 75).
  const code = await checkConfigServers(file, env, { out: (t) => void out.push(t), err: (t) => void out.push(t) }, { yes: true });
  return { code, text: out.join("\n"), out };
}

function configFile(name: string, json: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), "redteam7-config-"));
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof json === "string" ? json : JSON.stringify(json));
  return file;
}

describe("red-team 7: check --config on a hostile or careless host configuration", () => {
  it("no secret in the report: not a variable's value in an error, a server's stderr echoing its env, nor a server repeating its headers", async () => {
    const file = configFile("claude_desktop_config.json", {
      mcpServers: {
        // A token put where the URL goes: the error names the URL's scheme, never the value.
        typo: { url: "${REDTEAM_TOKEN}" },
        envecho: {
          command: process.execPath,
          args: ["-e", "console.error('my key is ' + process.env.KEY + ' and ' + process.env.FROM_ENV); process.exit(3)"],
          env: { KEY: ENV_SECRET, FROM_ENV: "${REDTEAM_TOKEN}" },
        },
        remote: { url: echoUrl, headers: { Authorization: "Bearer ${REDTEAM_TOKEN}", "X-Api-Key": HEADER_SECRET } },
      },
    });
    const { code, text } = await check(file, { REDTEAM_TOKEN: TOKEN });
    expect(code).toBe(1);
    expect(text).toMatch(/FAIL typo: .*url must be http\(s\), got a value with no scheme/);
    expect(text).toMatch(/FAIL envecho: .*my key is \[redacted\] and \[redacted\]/);
    expect(text).toMatch(/FAIL remote: /);
    for (const secret of [TOKEN, ENV_SECRET, HEADER_SECRET]) expect(text).not.toContain(secret);
  });

  it("one entry nested 100,000 levels deep, or with a `${input:` that never closes, fails alone: the other servers are still checked", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const ok = { command: process.execPath, args: ["-e", "0"] };
    const file = configFile(
      "claude_desktop_config.json",
      `{"mcpServers":{"ok":${JSON.stringify(ok)},"deep":{"command":"node","args":${deep}}}}`,
    );
    const r = await check(file);
    expect(r.out[0]).toMatch(/2 server\(s\)$/);
    expect(r.text).toMatch(/FAIL deep: .*nested deeper than 64 levels/);
    expect(r.text).toMatch(/FAIL ok: the server exited with code 0 during start-up/);
    const vscode = configFile(".vscode/mcp.json", { servers: { good: { type: "stdio", ...ok }, bad: { command: "${input:a" } } });
    const v = await check(vscode);
    expect(v.out[0]).toMatch(/\(vscode\): 2 server\(s\)$/);
    expect(v.text).toMatch(/FAIL good: the server exited with code 0/);
    expect(v.text).toMatch(/FAIL bad: command not found: \$\{input:a/);
  });

  it("`__proto__` and `constructor` as server names are servers like any other, and nothing is polluted", () => {
    const text = '{"mcpServers":{"__proto__":{"command":"a","polluted":1},"constructor":{"url":"https://x.example/mcp"}}}';
    const servers = hostServers("claude-desktop", [{ file: "f.json", text, scope: "file" }], {});
    expect(servers.map((s) => [s.name, s.ok])).toEqual([
      ["__proto__", true],
      ["constructor", true],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(servers[0]!)).toBe(Object.prototype);
  });

  it("a server the host would not start is never started, and no string is run by a shell: `$(…)`, `;` and `${input:…}` stay words", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "redteam7-marks-"));
    const mark = (n: string) => path.join(dir, n);
    const touch = (n: string) => ["-e", `require('fs').writeFileSync(${JSON.stringify(mark(n))}, '')`];
    const file = configFile(".kiro/settings/mcp.json", {
      mcpServers: {
        off: { command: process.execPath, args: touch("off"), disabled: true },
        shell: { command: `touch ${mark("shell")}; node` },
        subst: { command: process.execPath, args: ["-e", "0", `$(touch ${mark("subst")})`, "`touch x`"] },
      },
    });
    const r = await check(file);
    expect(r.text).toMatch(/skip off: disabled: true \(the host does not start it\)/);
    expect(r.text).toMatch(/FAIL shell: command not found/);
    expect(existsSync(mark("off"))).toBe(false);
    expect(existsSync(mark("shell"))).toBe(false);
    expect(existsSync(mark("subst"))).toBe(false);
    const kimi = configFile(".kimi/mcp.json", { mcpServers: { off: { command: process.execPath, args: touch("kimi"), enabled: false } } });
    expect((await check(kimi)).code).toBe(0);
    expect(existsSync(mark("kimi"))).toBe(false);
  });

  it("a server name with terminal escapes and bidi controls reaches the terminal escaped", async () => {
    const file = configFile("claude_desktop_config.json", {
      mcpServers: { "\u001b[2J\u001b]52;c;ZXZpbA==\u0007ok\u202e": { command: "no-such-command-redteam7" } },
    });
    const { text } = await check(file);
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(text).toMatch(/FAIL .*command not found/);
  });
});

describe("red-team 7: check on one server (a one-server --config, or -e)", () => {
  it("the report, text and JSON, shows no env value the server repeats on its stderr", async () => {
    const echo = ["-e", "console.error('my key is ' + process.env.KEY); process.exit(3)"];
    const file = configFile("claude_desktop_config.json", {
      mcpServers: { one: { command: process.execPath, args: echo, env: { KEY: ENV_SECRET } } },
    });
    for (const argv of [
      ["check", "--config", file],
      ["check", "--config", file, "--format", "json"],
      ["check", "-e", `KEY=${ENV_SECRET}`, "--", process.execPath, ...echo],
    ]) {
      const out: string[] = [];
      const code = await runCommandLine(argv, {}, { out: (t) => void out.push(t), err: (t) => void out.push(t) });
      const text = out.join("\n");
      expect(code, argv.join(" ")).toBe(4);
      expect(text).toMatch(/my key is \[redacted\]/);
      expect(text).not.toContain(ENV_SECRET);
    }
  });
});

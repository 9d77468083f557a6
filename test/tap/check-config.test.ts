import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { checkConfigServers } from "../../server/commands/check/config-servers";
import { toolNameProblems } from "../../lib/target/tool-names";
import { FIXTURES, ROOT } from "../helpers/targets";
import { runCommandLine } from "../../server/commands/main";

describe("check --config with no --server: every server of a host's file, in the host's terms", () => {
  it("one line per server: started with the tools after the host's filters, skipped, or why not; exit 1 when an enabled one fails", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-config-"));
    const file = path.join(dir, ".kimi", "mcp.json");
    mkdirSync(path.dirname(file));
    const server = path.join(FIXTURES, "tap-server.mjs");
    writeFileSync(
      file,
      JSON.stringify({
        mcpServers: {
          tapped: { command: process.execPath, args: [server], enabledTools: ["echo", "count", "wait"], disabledTools: ["wait"] },
          off: { command: "nothing-here", enabled: false },
          missing: { command: "no-such-command-h65" },
          // Kimi Code fills no ${…}: a variable reaches a server through bearerTokenEnvVar, named when unset.
          unset: { url: "http://127.0.0.1:9/mcp", bearerTokenEnvVar: "H65_UNSET_KEY" },
        },
      }),
    );
    const out: string[] = [];
    const code = await checkConfigServers(file, {}, { out: (t) => void out.push(t), err: () => undefined }, { yes: true });
    expect(code).toBe(1);
    expect(out[0]).toMatch(/\(kimi\): 4 server\(s\)$/);
    expect(out[1]).toMatch(/^ok {3}tapped: started in \d+ ms; 2 tool\(s\) the host exposes \(3 filtered out\): echo, count$/);
    expect(out[2]).toBe("skip off: enabled: false (the host does not start it)");
    expect(out[3]).toMatch(/^FAIL missing: command not found: no-such-command-h65/);
    expect(out[4]).toMatch(/^FAIL unset: .*bearerTokenEnvVar names H65_UNSET_KEY, which is not set/);
  });

  it("tool names the host would refuse, cut, or see twice", () => {
    expect(
      toolNameProblems("cursor", [
        { server: "github", tools: ["create_issue", "search code", "x".repeat(50)] },
        { server: "github", tools: [] },
      ]).map((p) => p.problem),
    ).toEqual([expect.stringMatching(/characters a model's tool name does not allow/), expect.stringMatching(/over cursor's 60/)]);
    expect(
      toolNameProblems("claude-desktop", [
        { server: "a", tools: ["T"] },
        { server: "a", tools: ["t"] },
      ]),
    ).toEqual([]);
  });
});

describe("inspector check --config FILE, as typed", () => {
  it("a file of several servers is checked whole: one line each, exit 1 when one fails", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-config-cli-"));
    const file = path.join(dir, "claude_desktop_config.json");
    const server = path.join(FIXTURES, "tap-server.mjs");
    writeFileSync(
      file,
      JSON.stringify({ mcpServers: { good: { command: process.execPath, args: [server] }, gone: { command: "no-such-command-h65b" } } }),
    );
    const out: string[] = [];
    const code = await runCommandLine(["check", "--config", file], {}, { out: (t) => void out.push(t), err: () => undefined });
    expect(code).toBe(1);
    expect(out[0]).toMatch(/\(claude-desktop\): 2 server\(s\)$/);
    expect(out[1]).toMatch(/^ok {3}good: started in \d+ ms/);
    expect(out[2]).toMatch(/^FAIL gone: command not found: no-such-command-h65b/);
  });
});

/** A project folder holding `rel` (a host's file) and a server.mjs that serves tap-server.mjs's tools. */
function project(rel: string, text: string): { root: string; file: string } {
  const root = mkdtempSync(path.join(tmpdir(), "check-host-"));
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  writeFileSync(path.join(root, "server.mjs"), `import ${JSON.stringify(path.join(FIXTURES, "tap-server.mjs"))};\n`);
  return { root, file };
}

const captured = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } };
};

// Issue 71 part 3: `cd .vscode && check --config mcp.json` read VS Code's file as Claude Desktop's ("0 server(s)", exit 0).
describe("check --config run inside a host's folder reads the file as that host does", () => {
  const node = JSON.stringify(process.execPath);
  const cases = [
    {
      host: "vscode",
      rel: ".vscode/mcp.json",
      text: `{"servers":{"ok":{"type":"stdio","command":${node},"args":["\${workspaceFolder}/server.mjs"]},"gone":{"type":"stdio","command":"no-such-h71"}}}`,
      ok: /^ok {3}ok: started in \d+ ms; 5 tool\(s\) the host exposes: echo, count, wait/,
    },
    {
      host: "cursor",
      rel: ".cursor/mcp.json",
      text: `{"mcpServers":{"ok":{"command":${node},"args":["\${workspaceFolder}/server.mjs"]},"gone":{"command":"no-such-h71"}}}`,
      ok: /^ok {3}ok: started/,
    },
    {
      host: "kiro",
      rel: ".kiro/settings/mcp.json",
      text: `{"mcpServers":{"ok":{"command":${node},"args":["\${H71_DIR}/server.mjs"]},"gone":{"command":"no-such-h71"}}}`,
      ok: /^ok {3}ok: started/,
    },
    {
      host: "kimi",
      rel: ".kimi/mcp.json",
      text: `{"mcpServers":{"ok":{"command":${node},"args":["../server.mjs"],"enabledTools":["echo"]},"gone":{"command":"no-such-h71"}}}`,
      ok: /^ok {3}ok: started in \d+ ms; 1 tool\(s\) the host exposes \(4 filtered out\): echo$/,
    },
  ];
  // Concurrent: four processes that each wait on their servers, not on the CPU.
  it.concurrent.each(cases)(
    "$rel, from inside its folder: $host's file, its servers checked by its rules",
    async ({ host, rel, text, ok }) => {
      const { root, file } = project(rel, text);
      const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const argv = [path.join(ROOT, "bin/inspector.mjs"), "check", "--config", path.basename(file), "--yes"];
        const child = execFile(
          process.execPath,
          argv,
          { cwd: path.dirname(file), env: { ...process.env, H71_DIR: root } },
          (_e, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
        );
      });
      const lines = r.stdout.trimEnd().split("\n");
      expect(lines[0], r.stderr).toBe(`mcp.json (${host}): 2 server(s)`);
      expect(lines[1]).toMatch(ok);
      expect(lines[2]).toMatch(/^FAIL gone: command not found: no-such-h71/);
      expect(r.status).toBe(1);
    },
  );
});

// Issue 71 parts 4 and 5: each host's verdict, and no value filled from the environment in any line.
describe("check --config: the host's verdict, and filled values masked", () => {
  const SECRET = "h71-secret-value-5a6b7c";

  it("VS Code: a filled value is masked in a command not found, a URL with nothing listening and a server's stderr; an ${input:…} server needs input", async () => {
    const { file } = project(
      ".vscode/mcp.json",
      JSON.stringify({
        servers: {
          path: { type: "stdio", command: "/nonexistent/${env:H71_SECRET}" },
          url: { type: "http", url: "http://127.0.0.1:9/mcp?k=${env:H71_SECRET}" },
          echo: {
            type: "stdio",
            command: process.execPath,
            args: ["-e", "console.error('given ' + process.argv[1]); process.exit(3)", "${env:H71_SECRET}"],
          },
          asks: { type: "stdio", command: process.execPath, env: { KEY: "${input:key}" } },
        },
      }),
    );
    const c = captured();
    const code = await checkConfigServers(file, { H71_SECRET: SECRET }, c.io, { yes: true });
    const text = [...c.out, ...c.err].join("\n");
    expect(text).not.toContain(SECRET);
    expect(text).toMatch(/FAIL path: command not found: \/nonexistent\/\[redacted\]/);
    expect(text).toMatch(/FAIL url: cannot reach http:\/\/127\.0\.0\.1:9\/mcp\?k=\[redacted\]/);
    expect(text).toMatch(/FAIL echo: .*given \[redacted\]/);
    expect(text).toMatch(/input asks: needs the input "key", which VS Code asks for/);
    expect(code).toBe(1);
    // A file whose only problem is an input the host asks for is valid: exit 0.
    const valid = project(
      ".vscode/mcp.json",
      JSON.stringify({ servers: { asks: { type: "stdio", command: "x", env: { K: "${input:key}" } } } }),
    );
    expect(await checkConfigServers(valid.file, {}, captured().io, { yes: true })).toBe(0);
  });

  it("Claude Desktop: mcp-remote's documented entry works as in the host (the server fills ${AUTH_HEADER}); `disabled` does not skip it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-desktop-"));
    const file = path.join(dir, "claude_desktop_config.json");
    const entry = {
      command: process.execPath,
      args: [path.join(FIXTURES, "header-from-env.mjs"), "--header", "Authorization:${AUTH_HEADER}"],
      env: { AUTH_HEADER: "Bearer desktop-token-112233" },
    };
    writeFileSync(file, JSON.stringify({ mcpServers: { remote: entry, off: { ...entry, disabled: true } } }));
    const c = captured();
    const code = await checkConfigServers(file, {}, c.io);
    expect(c.out[0]).toMatch(/\(claude-desktop\): 2 server\(s\)$/);
    expect(c.out[1]).toMatch(/^ok {3}remote: started/);
    expect(c.out[2]).toMatch(
      /^ok {3}off: started .*\n {5}note: "disabled" is not a Claude Desktop key: Claude Desktop starts this server$/,
    );
    expect(c.out.join("\n")).not.toContain("desktop-token-112233");
    expect(code).toBe(0);
  });
});

describe("check --config --host names the host of a file elsewhere", () => {
  it("a file without its host's key says so; --host reads it by another host's rules; an unknown host is named", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-named-"));
    const file = path.join(dir, "servers.json");
    writeFileSync(file, JSON.stringify({ inputs: [], other: {} }));
    const r = captured();
    expect(await runCommandLine(["check", "--config", file], {}, r.io)).toBe(2);
    expect(r.err.join("")).toMatch(
      /servers\.json: a format no host here knows \(no "mcpServers", "servers", "mcp" or \[mcp_servers\]\); if a host reads it, name it with --host/,
    );
    // Cursor's ${env:NAME}, which Claude Desktop (the default for a file elsewhere) leaves as text.
    writeFileSync(
      file,
      JSON.stringify({ mcpServers: { a: { command: "/nonexistent/${env:H71_NAMED}" }, b: { command: "no-such-h71b" } } }),
    );
    const named = captured();
    expect(await runCommandLine(["check", "--config", file, "--host", "cursor"], { H71_NAMED: "named-secret-8899" }, named.io)).toBe(1);
    expect(named.out.join("\n")).toMatch(/\(cursor\): 2 server\(s\)\nFAIL a: command not found: \/nonexistent\/\[redacted\]\n/);
    // One server is its full check: the filled value is masked in that report too.
    writeFileSync(file, JSON.stringify({ mcpServers: { a: { command: "/nonexistent/${env:H71_NAMED}" } } }));
    const full = captured();
    expect(await runCommandLine(["check", "--config", file, "--host", "cursor"], { H71_NAMED: "named-secret-8899" }, full.io)).toBe(4);
    expect(full.out.join("\n")).toMatch(/\/nonexistent\/\[redacted\]/);
    expect([...full.out, ...full.err].join("\n")).not.toContain("named-secret-8899");
    const unknown = captured();
    expect(await runCommandLine(["check", "--config", file, "--host", "emacs"], {}, unknown.io)).toBe(2);
    expect(unknown.err.join("")).toMatch(/--host: unknown host "emacs"; one of: claude-desktop, .*, gemini, codex/);
  });
});

describe("check --config: --server and a relative cwd", () => {
  it("a relative cwd is the file's folder's; --server checks a server the host would skip; one that cannot start says why", async () => {
    const { file } = project(
      ".kiro/settings/mcp.json",
      JSON.stringify({
        mcpServers: {
          here: { command: process.execPath, args: ["server.mjs"], cwd: "../.." },
          off: { command: process.execPath, args: ["server.mjs"], cwd: "../..", disabled: true },
          unset: { command: "x", env: { K: "${H71_UNSET_SERVER}" } },
        },
      }),
    );
    const all = captured();
    expect(await checkConfigServers(file, {}, all.io, { yes: true })).toBe(1);
    expect(all.out[1]).toMatch(/^ok {3}here: started/);
    const off = captured();
    expect(await runCommandLine(["check", "--config", file, "--server", "off", "--yes"], {}, off.io)).toBe(0);
    expect(off.out.join("\n")).toMatch(/tap-server/);
    const unset = captured();
    expect(await runCommandLine(["check", "--config", file, "--server", "unset", "--yes"], {}, unset.io)).toBe(2);
    expect(unset.err.join("")).toMatch(/environment variable H71_UNSET_SERVER is not set/);
  });
});

describe("check --config --save-session: a filled value stays out of the saved session", () => {
  it("an argument filled from ${env:…} is taken out of the file, as env values are", async () => {
    const { root, file } = project(
      ".vscode/mcp.json",
      JSON.stringify({
        servers: {
          one: { type: "stdio", command: process.execPath, args: ["${workspaceFolder}/server.mjs", "--region=${env:H71_SAVED}"] },
        },
      }),
    );
    const saved = path.join(root, "run.mcp-session.json");
    const c = captured();
    expect(
      await runCommandLine(["check", "--config", file, "--yes", "--save-session", saved], { H71_SAVED: "eu-west-h71-zz9" }, c.io),
    ).toBe(0);
    const text = readFileSync(saved, "utf8");
    expect(text).toContain("--region=");
    expect(text).not.toContain("eu-west-h71-zz9");
  });
});

// Issue 71 part 8: Gemini CLI and Codex CLI as hosts, their own files and rules.
describe("check --config on Gemini CLI's settings.json and Codex CLI's config.toml", () => {
  const server = JSON.stringify(path.join(FIXTURES, "tap-server.mjs"));
  const node = JSON.stringify(process.execPath);

  it("Codex: [mcp_servers.NAME] in .codex/config.toml, enabled_tools applied, enabled = false skipped, bearer_token_env_var named when unset", async () => {
    const { file } = project(
      ".codex/config.toml",
      [
        "[mcp_servers.tapped]",
        `command = ${node}`,
        `args = [${server}]`,
        'enabled_tools = ["echo", "count"]',
        "[mcp_servers.off]",
        'command = "no-such-h71"',
        "enabled = false",
        "[mcp_servers.remote]",
        'url = "http://127.0.0.1:9/mcp"',
        'bearer_token_env_var = "H71_CODEX_UNSET"',
      ].join("\n"),
    );
    const c = captured();
    expect(await checkConfigServers(file, {}, c.io, { yes: true })).toBe(1);
    expect(c.out[0]).toMatch(/\(codex\): 3 server\(s\)$/);
    expect(c.out[1]).toMatch(/^ok {3}tapped: started in \d+ ms; 2 tool\(s\) the host exposes \(3 filtered out\): echo, count$/);
    expect(c.out[2]).toBe("skip off: enabled = false (the host does not start it)");
    expect(c.out[3]).toMatch(/^FAIL remote: .*bearer_token_env_var names H71_CODEX_UNSET, which is not set/);
  });

  it("Gemini: mcpServers in .gemini/settings.json, $VAR filled and masked, excludeTools applied", async () => {
    const { file } = project(
      ".gemini/settings.json",
      JSON.stringify({
        mcpServers: {
          tapped: { command: process.execPath, args: [path.join(FIXTURES, "tap-server.mjs")], excludeTools: ["wait"] },
          gone: { command: "/nonexistent/$H71_GEMINI" },
        },
      }),
    );
    const c = captured();
    expect(await checkConfigServers(file, { H71_GEMINI: "gemini-secret-3344" }, c.io, { yes: true })).toBe(1);
    expect(c.out[0]).toMatch(/\(gemini\): 2 server\(s\)$/);
    expect(c.out[1]).toMatch(/^ok {3}tapped: started in \d+ ms; 4 tool\(s\) the host exposes \(1 filtered out\)/);
    expect(c.out[2]).toBe("FAIL gone: command not found: /nonexistent/[redacted]");
  });
});

// Issue 75 part 7: a project's servers start only after the person says so.
describe("check --config on a project's file asks before it starts anything", () => {
  const marker = (dir: string) => path.join(dir, "started");
  const touching = (dir: string) => ({
    command: process.execPath,
    args: ["-e", `require('fs').writeFileSync(${JSON.stringify(marker(dir))}, '')`],
  });

  it("without a terminal and without --yes: the list on stderr, a message naming --yes, exit 2, nothing started", async () => {
    const { root, file } = project(".mcp.json", "{}");
    writeFileSync(file, JSON.stringify({ mcpServers: { a: touching(root), b: { command: "b-server" } } }));
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCommandLine(["check", "--config", file], {}, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
    expect(code).toBe(2);
    expect(err.join("\n")).toMatch(
      /is a project's file \(claude-code\): checking it starts these servers on this machine:\n {2}a: runs .*\n {2}b: runs b-server/,
    );
    expect(err.join("")).toMatch(/run again with --yes to start them/);
    expect(existsSync(marker(root))).toBe(false);
    // One server is the full check: asked the same way.
    writeFileSync(file, JSON.stringify({ mcpServers: { a: touching(root) } }));
    expect(await runCommandLine(["check", "--config", file], {}, captured().io)).toBe(2);
    expect(existsSync(marker(root))).toBe(false);
  });

  // A real terminal: util-linux's `script` gives the command a pseudo-terminal for stdin and stderr.
  it.concurrent.each([
    ["n", 2, false],
    ["y", 1, true],
  ] as const)("on a terminal, answering %s: exit %i, started: %s", async (answer, exit, started) => {
    const { root, file } = project(".mcp.json", "{}");
    writeFileSync(file, JSON.stringify({ mcpServers: { a: touching(root), b: { command: "no-such-h71-tty" } } }));
    const line = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(ROOT, "bin/inspector.mjs"))} check --config ${JSON.stringify(file)}`;
    const r = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = execFile("script", ["-qec", line, "/dev/null"], (_e, out) => resolve({ code: child.exitCode, out }));
      child.stdin!.end(`${answer}\n`);
    });
    expect(r.out).toMatch(/is a project's file \(claude-code\)[\s\S]*Start them\? \[y\/N\]/);
    expect(r.code).toBe(exit);
    expect(existsSync(marker(root))).toBe(started);
  });

  it("asked on a terminal: no starts nothing, yes starts them; --yes does not ask; the person's own file is not asked about", async () => {
    const { root, file } = project(".cursor/mcp.json", "{}");
    writeFileSync(file, JSON.stringify({ mcpServers: { a: touching(root), b: { command: "b-server" } } }));
    const questions: string[] = [];
    const no = async (q: string) => (questions.push(q), false);
    await expect(checkConfigServers(file, {}, captured().io, { ask: no })).rejects.toThrow("not started: you did not say yes");
    expect(questions).toEqual(["Start them? [y/N] "]);
    expect(existsSync(marker(root))).toBe(false);
    await checkConfigServers(file, {}, captured().io, { ask: async () => true });
    expect(existsSync(marker(root))).toBe(true);
    const asked = vi.fn(async () => false);
    await checkConfigServers(file, {}, captured().io, { yes: true, ask: asked });
    expect(asked).not.toHaveBeenCalled();
    const mine = path.join(mkdtempSync(path.join(tmpdir(), "check-user-")), "claude_desktop_config.json");
    writeFileSync(mine, JSON.stringify({ mcpServers: { a: { command: "a-h71" }, b: { command: "b-h71" } } }));
    await checkConfigServers(mine, {}, captured().io, { ask: asked });
    expect(asked).not.toHaveBeenCalled();
  });
});

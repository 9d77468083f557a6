import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { FIXTURES } from "../helpers/targets";
import { hostServers, toolsAfterFilters } from "../../lib/target/host-config";
import { hostEntry, hostOf } from "../../lib/target/host-entry";
import { hostOfPath } from "../../lib/target/host-paths";
import { toolNameProblems } from "../../lib/target/tool-names";

// Issue 90 point 7: opencode's opencode.json was refused as "no mcpServers, where claude-desktop
// keeps its servers"; Copilot CLI's mcp-config.json failed every entry on `type: expected
// "stdio"`; Cline's cline_mcp_settings.json (`transport: {type, command, args}`) on "neither command
// nor url"; Qwen Code's file was read as Gemini CLI's by luck of shape. Each is read in its own
// terms, from its own documentation (docs/cli.md cites each page).

const layer = (scope: string, file: string, json: object | string) => ({
  scope,
  file,
  text: typeof json === "string" ? json : JSON.stringify(json),
});
const ok = <T extends { ok: boolean }>(s: T) => (s.ok ? (s as T & { target: unknown }).target : s);

describe("opencode: `mcp`, type local/remote, command as an array, environment, enabled", () => {
  it("reads its documented entries, comments and trailing commas included, project over global", () => {
    const servers = hostServers(
      "opencode",
      [
        layer("user", "/home/ada/.config/opencode/opencode.json", {
          mcp: { everything: { type: "local", command: ["npx", "-y", "old"] } },
        }),
        layer(
          "project",
          "/repo/opencode.jsonc",
          `{
  "$schema": "https://opencode.ai/config.json",
  // the project's servers
  "mcp": {
    "everything": { "type": "local", "command": ["npx", "-y", "@modelcontextprotocol/server-everything"], "environment": { "KEY": "{env:OC_KEY}" }, },
    "off": { "type": "local", "command": ["off-server"], "enabled": false },
    "jira": { "type": "remote", "url": "https://jira.example.com/mcp", "headers": { "Authorization": "Bearer {env:OC_KEY}" }, "timeout": 9000 },
    "bad": { "type": "local", "command": "npx -y thing" },
  },
}`,
        ),
      ],
      { OC_KEY: "oc-secret-4455" },
    );
    expect(servers.map((s) => [s.name, s.scope, s.enabled, s.ok])).toEqual([
      ["everything", "project", true, true],
      ["off", "project", false, true],
      ["jira", "project", true, true],
      ["bad", "project", true, false],
    ]);
    expect(ok(servers[0])).toEqual({
      transport: "stdio",
      command: "npx",
      args: ["-y", "@modelcontextprotocol/server-everything"],
      env: { KEY: "oc-secret-4455" },
      cwd: undefined,
    });
    expect(servers[0].filled).toEqual(["oc-secret-4455"]);
    expect(servers[0].filters).toEqual({ startupTimeoutMs: 5000 });
    expect(servers[1].skipped).toBe("enabled: false (the host does not start it)");
    expect(ok(servers[2])).toMatchObject({
      transport: "http",
      url: "https://jira.example.com/mcp",
      headers: { Authorization: "Bearer oc-secret-4455" },
    });
    expect(servers[2].filters).toEqual({ startupTimeoutMs: 9000 });
    expect(servers[3].ok ? "" : servers[3].message).toMatch(/command must be an array of the command and its arguments/);
  });

  it("{env:NAME} unset is empty, as opencode's page says; {file:PATH} is the file's contents, masked", () => {
    const [s] = hostServers(
      "opencode",
      [
        layer("project", "/repo/opencode.json", {
          mcp: { a: { type: "local", command: ["srv", "{env:UNSET_90}", "--key={file:key.txt}"] } },
        }),
      ],
      {},
      { home: "/home/ada", readFile: (p) => (p === "/repo/key.txt" ? "file-secret-7788\n" : "") },
    );
    expect(ok(s)).toMatchObject({ command: "srv", args: ["", "--key=file-secret-7788"] });
    expect(s.filled).toEqual(["file-secret-7788"]);
  });
});

describe("Copilot CLI: type local/stdio/http/sse, tools, the user's file and a repository's", () => {
  it("reads `type: \"local\"` and `tools`; `*` is every tool, a list filters; a repository's file over the user's", () => {
    const servers = hostServers(
      "copilot",
      [
        layer("user", "/home/ada/.copilot/mcp-config.json", {
          mcpServers: {
            playwright: { type: "local", command: "npx", args: ["@playwright/mcp@latest"], env: { T: "${CP_TOKEN}" }, tools: ["*"] },
            context7: { type: "http", url: "https://mcp.context7.com/mcp", headers: { KEY: "$CP_TOKEN" }, tools: ["resolve", "docs"] },
            legacy: { type: "sse", url: "https://docs.mcp.cloudflare.com/sse", tools: ["*"], timeout: 90000 },
          },
        }),
        // The bare top-level format a repository's file may use.
        layer("project", "/repo/.github/mcp.json", {
          playwright: { type: "stdio", command: "npx", args: ["@playwright/mcp@1"], tools: ["*"] },
        }),
      ],
      { CP_TOKEN: "cp-secret-6611" },
    );
    expect(servers.map((s) => [s.name, s.scope, s.ok])).toEqual([
      ["playwright", "project", true],
      ["context7", "user", true],
      ["legacy", "user", true],
    ]);
    expect(ok(servers[0])).toMatchObject({ transport: "stdio", command: "npx", args: ["@playwright/mcp@1"] });
    expect(servers[0].filters).toEqual({ toolTimeoutMs: 30000, startupTimeoutMs: 60000 });
    expect(ok(servers[1])).toMatchObject({ transport: "http", headers: { KEY: "cp-secret-6611" } });
    expect(servers[1].filled).toEqual(["cp-secret-6611"]);
    expect(toolsAfterFilters(["resolve", "docs", "other"], servers[1].filters)).toEqual(["resolve", "docs"]);
    expect(ok(servers[2])).toMatchObject({ transport: "sse" });
    expect(servers[2].filters).toEqual({ toolTimeoutMs: 90000, startupTimeoutMs: 90000 });
  });
});

describe("Cline: mcpServers with `transport: {type, command, args}` and the classic shape, disabled, autoApprove", () => {
  it("reads both shapes; a url with no type is SSE; streamableHttp is Streamable HTTP; disabled is skipped", () => {
    const servers = hostServers(
      "cline",
      [
        layer("user", "/home/ada/.cline/data/settings/cline_mcp_settings.json", {
          mcpServers: {
            everything: {
              transport: { type: "stdio", command: "npx", args: ["-y", "@modelcontextprotocol/server-everything"] },
              autoApprove: [],
            },
            classic: { command: "node", args: ["/srv/s.js"], env: { K: "v" }, disabled: false, autoApprove: ["echo"], timeout: 30 },
            remote: { url: "https://example.com/sse" },
            streamable: { type: "streamableHttp", url: "https://example.com/mcp", headers: { Authorization: "Bearer x" } },
            off: { command: "off", disabled: true },
          },
        }),
      ],
      {},
    );
    expect(servers.map((s) => [s.name, s.enabled, s.ok])).toEqual([
      ["everything", true, true],
      ["classic", true, true],
      ["remote", true, true],
      ["streamable", true, true],
      ["off", false, true],
    ]);
    expect(ok(servers[0])).toMatchObject({ transport: "stdio", command: "npx", args: ["-y", "@modelcontextprotocol/server-everything"] });
    expect(ok(servers[1])).toMatchObject({ transport: "stdio", command: "node", env: { K: "v" } });
    expect(servers[1].filters).toEqual({ toolTimeoutMs: 30000 });
    expect(ok(servers[2])).toMatchObject({ transport: "sse", url: "https://example.com/sse" });
    expect(ok(servers[3])).toMatchObject({ transport: "http", headers: { Authorization: "Bearer x" } });
    expect(servers[4].skipped).toBe("disabled: true (the host does not start it)");
  });
});

describe("Qwen Code: .qwen/settings.json as its own host", () => {
  it("httpUrl, include/excludeTools, discoveryTimeoutMs, and mcp.allowed / mcp.excluded with globs", () => {
    const servers = hostServers(
      "qwen",
      [
        layer("project", "/repo/.qwen/settings.json", {
          mcp: { allowed: ["py*", "remote", "blocked-*"], excluded: ["blocked-*"] },
          mcpServers: {
            pyTools: { command: "python", args: ["-m", "srv"], env: { DB: "$QW_DB" }, includeTools: ["a", "b"], excludeTools: ["b"] },
            remote: { httpUrl: "https://example.com/mcp", discoveryTimeoutMs: 10000 },
            "blocked-one": { command: "x" },
            other: { command: "y" },
          },
        }),
      ],
      { QW_DB: "qw-secret-3322" },
    );
    expect(servers.map((s) => [s.name, s.enabled])).toEqual([
      ["pyTools", true],
      ["remote", true],
      ["blocked-one", false],
      ["other", false],
    ]);
    expect(ok(servers[0])).toMatchObject({ env: { DB: "qw-secret-3322" } });
    expect(servers[0].filters).toEqual({ enabledTools: ["a", "b"], disabledTools: ["b"], startupTimeoutMs: 30000 });
    expect(toolsAfterFilters(["a", "b", "c"], servers[0].filters)).toEqual(["a"]);
    expect(ok(servers[1])).toMatchObject({ transport: "http", url: "https://example.com/mcp" });
    expect(servers[1].filters).toEqual({ startupTimeoutMs: 10000 });
    expect(servers[2].skipped).toBe("named in mcp.excluded (the host does not start it)");
    expect(servers[3].skipped).toBe("not named in mcp.allowed (the host does not start it)");
  });
});

describe("which host: by place, then by shape; a format no host has is unknown", () => {
  it("each new host's files by where they are", () => {
    const at = (p: string) => hostOfPath(p, "/home/ada");
    expect(at("/home/ada/.config/opencode/opencode.json")).toEqual({ host: "opencode", scope: "user" });
    expect(at("/repo/opencode.jsonc")).toEqual({ host: "opencode", scope: "project", workspace: "/repo" });
    expect(at("/home/ada/.copilot/mcp-config.json")).toEqual({ host: "copilot", scope: "user" });
    expect(at("/repo/.github/mcp.json")).toEqual({ host: "copilot", scope: "project", workspace: "/repo" });
    expect(at("/home/ada/.cline/data/settings/cline_mcp_settings.json")).toEqual({ host: "cline", scope: "user" });
    expect(at("/repo/.qwen/settings.json")).toEqual({ host: "qwen", scope: "project", workspace: "/repo" });
    expect(at("/home/ada/.qwen/settings.json")).toEqual({ host: "qwen", scope: "user" });
  });

  it("elsewhere, by shape: each host's own keys; a .mcp.json in Copilot CLI's shape is Copilot's; no known key is unknown", () => {
    const shaped = (json: object, p = "/x/servers.json") => hostOfPath(p, "/home/ada", JSON.stringify(json));
    expect(shaped({ mcp: { a: { type: "local", command: ["x"] } } }).host).toBe("opencode");
    expect(shaped({ mcpServers: { a: { type: "local", command: "x", tools: ["*"] } } }).host).toBe("copilot");
    expect(shaped({ mcpServers: { a: { transport: { type: "stdio", command: "x" } } } }).host).toBe("cline");
    expect(shaped({ mcpServers: { a: { command: "x", autoApprove: [] } } }).host).toBe("cline");
    expect(shaped({ mcpServers: { a: { command: "x", discoveryTimeoutMs: 1 } } }).host).toBe("qwen");
    expect(shaped({ mcpServers: { a: { command: "x", tools: ["*"] } } }, "/repo/.mcp.json")).toEqual({
      host: "copilot",
      scope: "project",
      workspace: "/repo",
    });
    expect(shaped({ mcpServers: { a: { command: "x" } } }, "/repo/.mcp.json").host).toBe("claude-code");
    expect(shaped({ inputs: [], other: {} })).toMatchObject({ unknown: true });
    expect(shaped({ mcpServers: { a: { command: "x" } } })).toEqual({ host: "claude-desktop", scope: "file" });
  });

  it("--print-config's entry for each, in its own shape, and the names people type", () => {
    expect(hostEntry("opencode", "w", "node", ["tap", "--", "s"]).json).toEqual({
      mcp: { w: { type: "local", command: ["node", "tap", "--", "s"], enabled: true } },
    });
    const copilot = hostEntry("copilot", "w", "node", ["tap", "--", "s"]);
    expect(copilot.json).toEqual({ mcpServers: { w: { type: "local", command: "node", args: ["tap", "--", "s"], tools: ["*"] } } });
    expect(copilot.command).toBe("copilot mcp add --tools '*' w -- node tap -- s");
    expect(hostEntry("cline", "w", "node", []).json).toEqual({ mcpServers: { w: { command: "node", args: [], disabled: false } } });
    expect(hostEntry("qwen", "w", "node", []).json).toEqual({ mcpServers: { w: { command: "node", args: [] } } });
    expect(["copilot-cli", "github-copilot", "qwen-code", "opencode", "cline"].map(hostOf)).toEqual([
      "copilot",
      "copilot",
      "qwen",
      "opencode",
      "cline",
    ]);
  });
});

describe("check --config on these hosts' files", () => {
  it("opencode's and Copilot CLI's files are checked in their terms, each server started", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "next-hosts-"));
    const server = path.join(FIXTURES, "tap-server.mjs");
    const opencode = path.join(dir, "opencode.json");
    writeFileSync(
      opencode,
      JSON.stringify({
        mcp: { srv: { type: "local", command: [process.execPath, server] }, off: { type: "local", command: ["x"], enabled: false } },
      }),
    );
    const copilot = path.join(dir, "mcp-config.json");
    writeFileSync(
      copilot,
      JSON.stringify({
        mcpServers: {
          srv: { type: "local", command: process.execPath, args: [server], tools: ["echo"] },
          bad: { type: "stdio-ish", command: "x", tools: ["*"] },
        },
      }),
    );
    // A project's opencode.json (a clone brings it) starts nothing without the person's yes.
    const asked: string[] = [];
    const refused = await runCommandLine(
      ["check", "--config", opencode],
      { PATH: process.env.PATH },
      {
        out: () => undefined,
        err: (t) => void asked.push(t),
      },
    );
    expect(refused).toBe(2);
    expect(asked.join("\n")).toMatch(/opencode\.json is a project's file \(opencode\): checking it starts these servers/);
    for (const [file, host] of [
      [opencode, "opencode"],
      [copilot, "copilot"],
    ] as const) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCommandLine(
        ["check", "--config", file, "--yes"],
        { PATH: process.env.PATH },
        {
          out: (t) => void out.push(t),
          err: (t) => void err.push(t),
        },
      );
      expect(out[0], err.join("")).toBe(`${file} (${host}): 2 server(s)`);
      expect(out[1]).toMatch(
        host === "copilot"
          ? /^ok {3}srv: started in \d+ ms; 1 tool\(s\) the host exposes \(\d+ filtered out\): echo$/
          : /^ok {3}srv: started/,
      );
      if (host === "opencode") expect(out[2]).toBe("skip off: enabled: false (the host does not start it)");
      else expect(out[2]).toMatch(/^FAIL bad: .*type must be "local", "stdio", "http" or "sse" \(Copilot CLI\), got "stdio-ish"$/);
      expect(code).toBe(host === "opencode" ? 0 : 1);
    }
  });
});

describe("a tool's name as each host writes it", () => {
  it("Copilot CLI joins with -, opencode with _, the rest mcp__…__", () => {
    const long = "t".repeat(60);
    expect(toolNameProblems("copilot", [{ server: "srv", tools: [long + "t"] }])[0].problem).toBe(
      `srv-${long}t is 65 characters: over copilot's 64, it is cut or refused`,
    );
    expect(toolNameProblems("copilot", [{ server: "srv", tools: [long] }])).toEqual([]);
    expect(toolNameProblems("claude-code", [{ server: "srv", tools: ["t".repeat(59)] }])[0].problem).toMatch(
      /^mcp__srv__t+ is 69 characters/,
    );
    expect(toolNameProblems("opencode", [{ server: "srv", tools: ["t".repeat(61)] }])[0].problem).toMatch(/^srv_t+ is 65 characters/);
  });
});

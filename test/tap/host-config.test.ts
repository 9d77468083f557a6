import { describe, expect, it } from "vitest";
import { hostServers, toolsAfterFilters } from "../../lib/target/host-config";
import { hostOfPath } from "../../lib/target/host-paths";

const layer = (scope: string, file: string, json: object) => ({ scope, file, text: JSON.stringify(json) });

describe("a host's own configuration, read as the host reads it", () => {
  it("Kimi Code: the project's mcp.json over the user's, with the fields the host applies", () => {
    const servers = hostServers(
      "kimi",
      [
        layer("user", "~/.kimi/mcp.json", {
          mcpServers: {
            weather: { command: "node", args: ["user-weather.js"] },
            notes: { command: "notes-server", enabled: false },
            remote: { url: "https://mcp.example.com/mcp", bearerTokenEnvVar: "REMOTE_TOKEN", startupTimeoutMs: 5000 },
          },
        }),
        layer("project", ".kimi/mcp.json", {
          mcpServers: {
            weather: {
              command: "node",
              args: ["weather.js"],
              enabledTools: ["forecast", "alerts"],
              disabledTools: ["alerts"],
              toolTimeoutMs: 20000,
            },
          },
        }),
      ],
      { REMOTE_TOKEN: "remote-token-7788" },
    );
    expect(servers.map((s) => [s.name, s.scope, s.enabled])).toEqual([
      ["weather", "project", true],
      ["notes", "user", false],
      ["remote", "user", true],
    ]);
    const weather = servers[0];
    expect(weather.ok && weather.target).toEqual({ transport: "stdio", command: "node", args: ["weather.js"], env: {}, cwd: undefined });
    expect(weather.filters).toEqual({ enabledTools: ["forecast", "alerts"], disabledTools: ["alerts"], toolTimeoutMs: 20000 });
    expect(toolsAfterFilters(["forecast", "alerts", "debug"], weather.filters)).toEqual(["forecast"]);
    expect(servers[1].skipped).toBe("enabled: false (the host does not start it)");
    expect(servers[2].filters).toEqual({ bearerTokenEnvVar: "REMOTE_TOKEN", startupTimeoutMs: 5000 });
    // Kimi Code sends the variable's value as a bearer token (a false 401 without it), and masks it as filled.
    expect(servers[2].ok && servers[2].target).toMatchObject({ headers: { Authorization: "Bearer remote-token-7788" } });
    expect(servers[2].filled).toEqual(["remote-token-7788"]);
  });

  it("Kiro: workspace over user, disabled: true skipped; a variable unset says so for that server only", () => {
    const servers = hostServers(
      "kiro",
      [
        layer("user", "~/.kiro/settings/mcp.json", {
          mcpServers: { a: { command: "a-server", env: { KEY: "${A_KEY}" } }, b: { command: "b", disabled: true } },
        }),
        layer("workspace", ".kiro/settings/mcp.json", { mcpServers: { b: { command: "b", disabled: false } } }),
      ],
      {},
    );
    expect(servers.map((s) => [s.name, s.scope, s.enabled, s.ok])).toEqual([
      ["a", "user", true, false],
      ["b", "workspace", true, true],
    ]);
    expect(servers[0].ok ? "" : servers[0].message).toMatch(/environment variable A_KEY is not set/);
  });

  it("VS Code: servers (not mcpServers), ${env:VAR}, and ${input:ID} named as what VS Code asks for", () => {
    const servers = hostServers(
      "vscode",
      [
        layer("workspace", ".vscode/mcp.json", {
          inputs: [{ type: "promptString", id: "api-key", password: true }],
          servers: {
            gh: { type: "http", url: "https://api.example.com/mcp", headers: { Authorization: "Bearer ${input:api-key}" } },
            local: { type: "stdio", command: "node", args: ["${env:HOME}/server.js"] },
          },
        }),
      ],
      { HOME: "/home/ada" },
    );
    expect(servers[0].ok ? "" : servers[0].message).toMatch(/needs the input "api-key", which VS Code asks for/);
    expect(servers[1].ok && servers[1].target).toMatchObject({ command: "node", args: ["/home/ada/server.js"] });
  });

  it("Claude Code: the project's .mcp.json over the user's; a remote server by type and url", () => {
    const servers = hostServers(
      "claude-code",
      [
        layer("user", "~/.claude.json", { mcpServers: { docs: { type: "http", url: "https://user.example/mcp" } } }),
        layer("project", ".mcp.json", { mcpServers: { docs: { type: "sse", url: "https://project.example/sse" } } }),
      ],
      {},
    );
    expect(servers).toHaveLength(1);
    expect(servers[0].ok && servers[0].target).toEqual({ transport: "sse", url: "https://project.example/sse", headers: {} });
  });
});

// Issue 71 part 3: the host by where the file is once resolved, then by its shape.
describe("which host reads a file (lib/target/host-paths.ts hostOfPath)", () => {
  const home = "/home/ada";
  it("each host's project folder and user file, wherever the command was typed from", () => {
    const at = (p: string, text?: string) => hostOfPath(p, home, text);
    expect(at("/w/p/.vscode/mcp.json")).toEqual({ host: "vscode", scope: "project", workspace: "/w/p" });
    expect(at("/home/ada/.config/Code/User/mcp.json")).toEqual({ host: "vscode", scope: "user" });
    expect(at("/Users/ada/Library/Application Support/Code/User/profiles/1a2b/mcp.json")).toEqual({ host: "vscode", scope: "user" });
    expect(at("C:\\Users\\ada\\AppData\\Roaming\\Code\\User\\mcp.json")).toEqual({ host: "vscode", scope: "user" });
    expect(at("/w/p/.cursor/mcp.json")).toEqual({ host: "cursor", scope: "project", workspace: "/w/p" });
    expect(at("/home/ada/.cursor/mcp.json")).toEqual({ host: "cursor", scope: "user" });
    expect(at("/w/p/.kiro/settings/mcp.json")).toMatchObject({ host: "kiro", scope: "project" });
    expect(at("/w/p/.kimi/mcp.json")).toMatchObject({ host: "kimi", scope: "project" });
    expect(at("/w/p/.kimi-code/mcp.json")).toMatchObject({ host: "kimi", scope: "project" });
    expect(at("/home/ada/.gemini/settings.json")).toEqual({ host: "gemini", scope: "user" });
    expect(at("/w/p/.codex/config.toml")).toMatchObject({ host: "codex", scope: "project" });
    expect(at("/w/p/.mcp.json")).toMatchObject({ host: "claude-code", scope: "project" });
    expect(at("/home/ada/.claude.json")).toEqual({ host: "claude-code", scope: "user" });
    expect(at("/home/ada/Library/Application Support/Claude/claude_desktop_config.json")).toEqual({
      host: "claude-desktop",
      scope: "user",
    });
  });

  it("a file elsewhere by its shape: servers is VS Code's, mcp_servers TOML Codex's, httpUrl Gemini's, bearerTokenEnvVar Kimi's", () => {
    const at = (p: string, json: unknown) => hostOfPath(p, home, typeof json === "string" ? json : JSON.stringify(json)).host;
    expect(at("/tmp/x.json", { servers: { a: { type: "stdio", command: "a" } } })).toBe("vscode");
    expect(at("/tmp/x.toml", '[mcp_servers.a]\ncommand = "a"\n')).toBe("codex");
    expect(at("/tmp/x.json", { mcpServers: { a: { httpUrl: "https://x.example/mcp" } } })).toBe("gemini");
    expect(at("/tmp/x.json", { mcpServers: { a: { url: "https://x.example/mcp", bearerTokenEnvVar: "T" } } })).toBe("kimi");
    expect(at("/tmp/x.json", { mcpServers: { a: { command: "a" } } })).toBe("claude-desktop");
    expect(hostOfPath("/tmp/x.json", home, "{").host).toBe("claude-desktop");
  });
});

// Issue 71 part 4: each host fills and honours what its own docs say (docs/cli.md cites each page).
describe("each host's own expansion and keys", () => {
  const one = (host: Parameters<typeof hostServers>[0], json: object, env: Record<string, string> = {}, text?: string) =>
    hostServers(host, [{ ...layer("project", "/w/p/f", json), ...(text ? { text } : {}), workspace: "/w/p" }], env, {
      home: "/home/ada",
      cwd: "/elsewhere",
      readFile: (p) => {
        if (p === "/w/p/.env") return "# the project's\nAPI_KEY=from-env-file-123\nexport OTHER='quoted value'\n";
        throw new Error(`ENOENT: ${p}`);
      },
    });

  it("Claude Desktop fills nothing: mcp-remote's documented --header Authorization:${AUTH_HEADER} reaches mcp-remote as written; `disabled` is not its key", () => {
    const [remote, off] = one("claude-desktop", {
      mcpServers: {
        remote: {
          command: "npx",
          args: ["mcp-remote", "https://remote.example/mcp", "--header", "Authorization:${AUTH_HEADER}"],
          env: { AUTH_HEADER: "Bearer abc-123456" },
        },
        off: { command: "b", disabled: true },
      },
    });
    expect(remote.ok && remote.target).toMatchObject({
      args: ["mcp-remote", "https://remote.example/mcp", "--header", "Authorization:${AUTH_HEADER}"],
    });
    expect(remote.filled).toEqual([]);
    expect(off).toMatchObject({
      ok: true,
      enabled: true,
      notes: ['"disabled" is not a Claude Desktop key: Claude Desktop starts this server'],
    });
  });

  it("Claude Code: ${VAR} and ${VAR:-default}; an unset variable without a default fails that server, named", () => {
    const [a, b] = one(
      "claude-code",
      {
        mcpServers: {
          a: { command: "${H71_BIN}", args: ["--port=${H71_PORT:-8080}"], cwd: "${H71_BIN}" },
          b: { url: "https://x.example/${H71_NOPE}" },
        },
      },
      { H71_BIN: "/opt/bin/server" },
    );
    // command, args, env, url and headers are filled; cwd is not among them.
    expect(a.ok && a.target).toMatchObject({ command: "/opt/bin/server", args: ["--port=8080"], cwd: "${H71_BIN}" });
    expect(a.filled).toEqual(["/opt/bin/server"]);
    expect(b.ok ? "" : b.message).toMatch(/environment variable H71_NOPE is not set \(used as \$\{H71_NOPE\}\)/);
  });

  it("Cursor: ${env:NAME}, ${workspaceFolder}, ${userHome}, envFile; a bare ${VAR} is text", () => {
    const [s] = one(
      "cursor",
      {
        mcpServers: {
          s: {
            command: "node",
            args: ["${workspaceFolder}/server.js", "${userHome}/data", "${H71_BARE}", "${workspaceFolderBasename}"],
            env: { TOKEN: "${env:H71_TOKEN}" },
            envFile: "${workspaceFolder}/.env",
          },
        },
      },
      { H71_TOKEN: "tok-cursor-998877", H71_BARE: "never-used" },
    );
    expect(s.ok && s.target).toEqual({
      transport: "stdio",
      command: "node",
      args: ["/w/p/server.js", "/home/ada/data", "${H71_BARE}", "p"],
      env: { API_KEY: "from-env-file-123", OTHER: "quoted value", TOKEN: "tok-cursor-998877" },
      cwd: undefined,
    });
    expect(s.filled.sort()).toEqual(["from-env-file-123", "quoted value", "tok-cursor-998877"]);
  });

  it("VS Code: ${workspaceFolder} is the folder that holds .vscode, envFile gives API_KEY; an ${input:…} server needs input, not a failure", () => {
    const [local, asks, gone] = one("vscode", {
      inputs: [{ type: "promptString", id: "key", password: true }],
      servers: {
        local: { type: "stdio", command: "node", args: ["${workspaceFolder}/s.js"], envFile: ".env" },
        asks: { type: "http", url: "https://x.example/mcp", headers: { Authorization: "Bearer ${input:key}" } },
        gone: { type: "stdio", command: "node", envFile: "missing.env" },
      },
    });
    expect(local.ok && local.target).toMatchObject({ args: ["/w/p/s.js"], env: { API_KEY: "from-env-file-123" } });
    expect(asks).toMatchObject({ ok: false, needsInput: "key", enabled: true });
    expect(gone.ok ? "" : gone.message).toMatch(/cannot read its envFile \/w\/p\/missing\.env/);
  });

  it("Kiro fills ${VAR}; Kimi Code fills nothing (its variable goes through bearerTokenEnvVar, named when unset)", () => {
    const [k] = one("kiro", { mcpServers: { k: { command: "s", env: { KEY: "${H71_KEY}" } } } }, { H71_KEY: "kiro-secret-1234" });
    expect(k.ok && k.target).toMatchObject({ env: { KEY: "kiro-secret-1234" } });
    const [plain, unset] = one("kimi", {
      mcpServers: {
        plain: { command: "s", env: { KEY: "${H71_KEY}" } },
        unset: { url: "https://x.example/mcp", bearerTokenEnvVar: "H71_NONE" },
      },
    });
    expect(plain.ok && plain.target).toMatchObject({ env: { KEY: "${H71_KEY}" } });
    expect(unset.ok ? "" : unset.message).toMatch(/bearerTokenEnvVar names H71_NONE, which is not set/);
  });

  it("Gemini CLI: $VAR and ${VAR}, httpUrl is Streamable HTTP and url SSE, includeTools/excludeTools, mcp.excluded", () => {
    const servers = one(
      "gemini",
      {
        mcp: { excluded: ["off"] },
        mcpServers: {
          http: {
            httpUrl: "https://x.example/mcp",
            headers: { "X-Key": "$H71_G" },
            includeTools: ["a", "b"],
            excludeTools: ["b"],
            timeout: 5000,
          },
          sse: { url: "https://x.example/sse?k=${H71_G}" },
          off: { command: "s" },
        },
      },
      { H71_G: "gemini-value-4321" },
    );
    expect(servers.map((s) => [s.name, s.enabled, s.ok && s.target.transport])).toEqual([
      ["http", true, "http"],
      ["sse", true, "sse"],
      ["off", false, "stdio"],
    ]);
    expect(servers[0].ok && servers[0].target).toMatchObject({ headers: { "X-Key": "gemini-value-4321" } });
    expect(servers[0].filters).toEqual({ enabledTools: ["a", "b"], disabledTools: ["b"], toolTimeoutMs: 5000 });
    expect(servers[2].skipped).toMatch(/mcp\.excluded/);
  });

  it("Codex CLI: TOML [mcp_servers.NAME], env_vars forwarded, bearer_token_env_var, enabled = false, a 10 s startup unless startup_timeout_sec", () => {
    const toml = [
      "[mcp_servers.local]",
      'command = "node"',
      'args = ["s.js", "${NOT_FILLED}"]',
      'env_vars = ["H71_FWD", "H71_ABSENT"]',
      "startup_timeout_sec = 20",
      'enabled_tools = ["a"]',
      "[mcp_servers.local.env]",
      'LIT = "x"',
      "[mcp_servers.remote]",
      'url = "https://x.example/mcp"',
      'bearer_token_env_var = "H71_TOK"',
      "[mcp_servers.off]",
      'command = "s"',
      "enabled = false",
    ].join("\n");
    const servers = one("codex", {}, { H71_FWD: "forwarded-5566", H71_TOK: "codex-token-7788" }, toml);
    expect(servers.map((s) => [s.name, s.enabled, s.ok])).toEqual([
      ["local", true, true],
      ["remote", true, true],
      ["off", false, true],
    ]);
    expect(servers[0].ok && servers[0].target).toMatchObject({
      args: ["s.js", "${NOT_FILLED}"],
      env: { LIT: "x", H71_FWD: "forwarded-5566" },
    });
    expect(servers[0].filters).toEqual({ enabledTools: ["a"], startupTimeoutMs: 20_000 });
    expect(servers[1].ok && servers[1].target).toMatchObject({ transport: "http", headers: { Authorization: "Bearer codex-token-7788" } });
    expect(servers[1].filters.startupTimeoutMs).toBe(10_000);
    expect(() => one("codex", {}, {}, "[mcp_servers.a\n")).toThrow(/is not valid TOML/);
  });
});

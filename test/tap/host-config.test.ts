import { describe, expect, it } from "vitest";
import { hostServers, toolsAfterFilters } from "../../lib/target/host-config";

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

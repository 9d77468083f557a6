import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkConfigServers } from "../../server/commands/check/config-servers";
import { toolNameProblems } from "../../lib/target/tool-names";
import { FIXTURES } from "../helpers/targets";

describe("check --config with no --server: every server of a host's file, in the host's terms", () => {
  it("one line per server: started with the tools after the host's filters, skipped, or why not; exit 1 when an enabled one fails", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-config-"));
    const file = path.join(dir, ".kimi", "mcp.json");
    const { mkdirSync } = await import("node:fs");
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
    const { runCommandLine } = await import("../../server/commands/main");
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

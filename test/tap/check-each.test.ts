// `check --config FILE --each`: the full check of every server of a host's file in one run (a CI
// job over a project's servers starts the inspector once), each as `check` of it alone would judge it.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { ROOT } from "../helpers/targets";

const MUTANT_SERVER = path.join(ROOT, "test/mutants/servers/v1.mjs");

const captured = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } };
};

describe("check --config FILE --each", () => {
  it("each server's full report under its name, one verdict line each, exit the worst", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-each-"));
    const file = path.join(dir, "claude_desktop_config.json");
    const broken = [MUTANT_SERVER, "--mutant", "struct-wrong-type"];
    writeFileSync(
      file,
      JSON.stringify({
        mcpServers: {
          good: { command: process.execPath, args: [MUTANT_SERVER] },
          broken: { command: process.execPath, args: broken },
          gone: { command: "no-such-command-each" },
        },
      }),
    );
    const c = captured();
    const code = await runCommandLine(["check", "--config", file, "--each", "--call-tools"], {}, c.io);
    // 4 (unreachable) is the worst of 0, 1 and 4.
    expect(code).toBe(4);
    const text = c.out.join("\n");
    const report = (name: string) => text.split(/^== /m).find((p) => p.startsWith(`${name}\n`)) ?? "";
    expect(report("good")).toMatch(/^0 error\(s\), 0 warning\(s\)/m);
    expect(report("broken")).toMatch(/FAIL tools\/call add with sample arguments: structuredContent breaks the outputSchema/);
    expect(report("broken")).toMatch(/^1 error\(s\)/m);
    expect(c.out.slice(-4)).toEqual([
      `${file} (claude-desktop): 3 server(s)`,
      "ok   good: exit 0",
      "FAIL broken: exit 1",
      "FAIL gone: exit 4",
    ]);
    // The server's own lines on stderr, named.
    expect(c.err.join("\n")).toMatch(/^gone: inspector: could not connect: command not found: no-such-command-each/m);
    // The same verdict as `check` of that server alone.
    const alone = captured();
    expect(await runCommandLine(["check", "--call-tools", process.execPath, ...broken], {}, alone.io)).toBe(1);
  });

  it("every server passing exits 0; a server the host would not start is skipped, not failed", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-each-"));
    const file = path.join(dir, ".kimi", "mcp.json");
    mkdirSync(path.dirname(file));
    writeFileSync(
      file,
      JSON.stringify({
        mcpServers: {
          a: { command: process.execPath, args: [MUTANT_SERVER] },
          off: { command: "no-such-command-each", enabled: false },
        },
      }),
    );
    const c = captured();
    expect(await runCommandLine(["check", "--config", file, "--each", "--yes"], {}, c.io)).toBe(0);
    expect(c.out.slice(-3)).toEqual([`${file} (kimi): 2 server(s)`, "ok   a: exit 0", expect.stringMatching(/^skip off: /)]);
  });

  it("--each needs --config, and writes text reports only", async () => {
    for (const args of [
      ["check", "--each", process.execPath, MUTANT_SERVER],
      ["check", "--config", "x.json", "--each", "--format", "json"],
      ["check", "--config", "x.json", "--each", "--save-session", "run.mcp-session.json"],
    ]) {
      const c = captured();
      expect(await runCommandLine(args, {}, c.io), args.join(" ")).toBe(2);
      expect(c.err.join("\n")).toMatch(/--each/);
    }
  });
});

// Issue 90 item 8: `check` reported the tools its own client sees (13 for the everything server)
// where each host sees more: opencode and Qwen Code 14 (they declare roots), Codex 15
// (elicitation), Copilot CLI 16 (sampling and elicitation), as their own initialize said under the
// tap (docs/tap.md "Hosts tried"). check's report now says which capabilities it declared, and
// `check --config` of a host's file declares that host's, so the count is the host's.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { EVERYTHING } from "../helpers/targets";

const tmp = mkdtempSync(path.join(tmpdir(), "check-as-host-"));
const stdio = { command: process.execPath, args: [EVERYTHING, "stdio"] };

function write(rel: string, text: string): string {
  const file = path.join(tmp, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

async function check(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCommandLine(["check", ...argv], {}, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}

describe.concurrent("check --config FILE declares the capabilities of the host whose file it is", () => {
  it.each([
    ["Qwen Code", "qw/.qwen/settings.json", JSON.stringify({ mcpServers: { everything: stdio } }), 14, "roots"],
    [
      "opencode",
      "oc/opencode.json",
      JSON.stringify({ mcp: { everything: { type: "local", command: [stdio.command, ...stdio.args] } } }),
      14,
      "roots",
    ],
    [
      "Codex",
      "cx/.codex/config.toml",
      `[mcp_servers.everything]\ncommand = ${JSON.stringify(stdio.command)}\nargs = ${JSON.stringify(stdio.args)}\n`,
      15,
      "elicitation",
    ],
    [
      "Copilot CLI",
      "cp/.copilot/mcp-config.json",
      JSON.stringify({ mcpServers: { everything: { type: "local", ...stdio, tools: ["*"] } } }),
      16,
      "sampling, elicitation",
    ],
  ])("%s: its tools as that host sees them, and the report says what was declared", async (_, rel, text, tools, declared) => {
    const r = await check("--config", write(rel, text), "--yes");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(new RegExp(`listed: ${tools} tools`));
    expect(r.out).toMatch(new RegExp(`client capabilities: ${declared} \\(as .+ declares them\\)`));
  });

  it("a file of several servers, with no --server: each started as the host would, its tools as the host sees them", async () => {
    const file = write(
      "q3/.qwen/settings.json",
      JSON.stringify({ mcpServers: { everything: stdio, off: { command: "off", trust: false } }, mcp: { excluded: ["off"] } }),
    );
    const r = await check("--config", file, "--yes");
    expect(r.out).toMatch(/^ok {3}everything: started in \d+ ms; 14 tool\(s\) the host exposes: .*get-roots-list/m);
  });

  it("a file of a host not observed: check's own client, said as such; a flag that answers wins over the host's", async () => {
    const plain = await check(
      "--config",
      write("cd/claude_desktop_config.json", JSON.stringify({ mcpServers: { everything: stdio } })),
      "--yes",
    );
    expect(plain.out).toMatch(/listed: 13 tools/);
    expect(plain.out).toMatch(/client capabilities: none\n/);
    // A flag that answers is the person's choice: check declares what it answers, whatever the host.
    const rooted = await check(
      "--config",
      write("q2/.qwen/settings.json", JSON.stringify({ mcpServers: { everything: stdio } })),
      "--yes",
      "--elicitation",
      "decline",
    );
    expect(rooted.out).toMatch(/listed: 15 tools/);
    expect(rooted.out).toMatch(/client capabilities: elicitation\n/);
  });
});

// Seventh red-team (issue 62): the tap's command line. `--print-config` prints a command a
// person pastes into a shell, and `--bearer-env` takes a variable's name, never a token.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { hostEntry } from "../../lib/target/host-entry";

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommandLine(argv, env, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join(""), err: err.join("") };
}

describe("red-team 7: the tap's flags", () => {
  it("--print-config: the `claude mcp add` line reads back, word for word, in a POSIX shell, whatever the words hold", () => {
    const words = ["/srv/a b'c;$(touch /tmp/x)", "`id`", "$HOME", "a\nb", "*", "-e", "", "\\"];
    const entry = hostEntry("claude-code", "we$(id)ird name", "npx", ["-y", "mcp-inspector-harness", "tap", "--", "node", ...words]);
    // The shell prints each word it read, NUL-separated: nothing ran, nothing expanded.
    const read = execFileSync("sh", ["-c", `set -- ${entry.command}; for w in "$@"; do printf '%s\\0' "$w"; done`], { encoding: "utf8" });
    expect(read.split("\0").slice(0, -1)).toEqual([
      "claude",
      "mcp",
      "add",
      "we$(id)ird name",
      "--",
      "npx",
      "-y",
      "mcp-inspector-harness",
      "tap",
      "--",
      "node",
      ...words,
    ]);
    expect(entry.json).toEqual({
      mcpServers: { "we$(id)ird name": { type: "stdio", command: "npx", args: expect.arrayContaining(words) } },
    });
  });

  // A token pasted where --bearer-env wants a variable's name was printed back on stderr, which
  // is the host's log when the tap runs under a host, and the message named --pass-env.
  it("a token given to --bearer-env by mistake is not repeated in the error", async () => {
    const token = "sk-ant-api03-redteam7-abcdefghijklmnopqrstuvwxyz";
    const r = await run(["tap", "--server-url", "http://127.0.0.1:9/mcp", "--bearer-env", token]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--bearer-env/);
    expect(r.err).not.toContain(token);
  });
});

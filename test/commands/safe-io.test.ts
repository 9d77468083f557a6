import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { terminalText } from "../../server/commands/safe-io";
import { buildSession } from "../../lib/session/file";

// Issue 38 item 5: replay printed its connect failure raw after an escaped listing (an OSC 52
// clipboard write, then a line erased and a forged result), a recording's nonexistent cwd did the
// same, and `check --config FILE --format json|junit` wrote a config's command name raw to stderr.
// Escaping is the writer's now: every command's failure path is fed the same sequence.

/** C0 and C1 controls other than newline and tab: what must never reach a terminal raw. */
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const HOSTILE = "nope\x1b]52;c;Y3VybCBldmlsIHwgc2g=\x07\x1b[2K\r\x1b[32mreplay: 3 same";
const SHOWN = "nope\\u{001B}]52;c;Y3VybCBldmlsIHwgc2g=\\u{0007}\\u{001B}[2K\\r\\u{001B}[32mreplay: 3 same";
const CAPS = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false };

const dir = mkdtempSync(path.join(tmpdir(), "safe-io-"));
const write = (name: string, data: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
  return file;
};
const recording = (target: { command: string; args: string[]; cwd?: string }) =>
  write(
    `${Math.random().toString(36).slice(2)}.mcp-session.json`,
    buildSession({ inspectorVersion: "t", target: { transport: "stdio", env: {}, ...target }, capabilities: CAPS, entries: [] }),
  );
const config = write("mcp.json", { mcpServers: { x: { command: HOSTILE, args: [] } } });
const missing = path.join(dir, `missing-${HOSTILE}.json`);

async function run(argv: string[]): Promise<{ code: number; all: string }> {
  let all = "";
  const io = { out: (s: string) => void (all += s + "\n"), err: (s: string) => void (all += s + "\n") };
  const code = await runCommandLine(argv, {}, io);
  return { code, all };
}

describe("every command's failure path writes a hostile string escaped", () => {
  test.each<[string, () => string[]]>([
    ["replay: the recorded command cannot be started", () => ["replay", recording({ command: HOSTILE, args: [] }), "--yes"]],
    [
      "replay: the recording's cwd does not exist",
      () => ["replay", recording({ command: process.execPath, args: ["-e", "0"], cwd: `/nonexistent/${HOSTILE}` }), "--yes"],
    ],
    ["check --config --format json", () => ["check", "--config", config, "--server", "x", "--format", "json"]],
    ["check --config --format junit", () => ["check", "--config", config, "--server", "x", "--format", "junit"]],
    ["check --config --format text", () => ["check", "--config", config, "--server", "x"]],
    ["--cli: the command cannot be started", () => ["--cli", HOSTILE, "--method", "tools/list"]],
    ["mock: the file cannot be read", () => ["mock", missing]],
    ["diff: the files cannot be read", () => ["diff", missing, missing]],
    ["replay: the file cannot be read", () => ["replay", missing]],
    ["--cli --load: the command cannot be started", () => ["--cli", HOSTILE, "--method", "tools/call", "--tool-name", "t", "--load"]],
    ["the page: --config names a missing file", () => ["--config", missing]],
  ])(
    "%s",
    async (_what, argv) => {
      const { code, all } = await run(argv());
      expect(code).not.toBe(0);
      expect(all).not.toMatch(RAW);
      expect(all).toContain(SHOWN.slice(0, 24));
    },
    30_000,
  );
});

test("the writer escapes what visible() escapes, keeps line breaks and tabs, and leaves escaped text as it is", () => {
  expect(terminalText(`a\tb\n${HOSTILE}`)).toBe(`a\tb\n${SHOWN}`);
  expect(terminalText(SHOWN)).toBe(SHOWN);
  expect(terminalText("admin\u202etxt.exe")).toBe("admin\\u{202E}txt.exe");
});

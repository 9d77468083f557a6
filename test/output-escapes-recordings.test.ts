import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { runCommandLine } from "../server/commands/main";
import { runMock } from "../server/commands/mock/run";
import { FIXTURES } from "./helpers/targets";
import { recordSession } from "./helpers/sessions";

// A received session file and a hostile server reach a terminal through mock's summary, replay's
// diff and --cli's JSON: an escape sequence in a tool name prints as text there too, never
// clears the line, fakes a "PASS" or writes the clipboard (OSC 52).

/** C0 and C1 controls other than newline, and lone surrogates: what must never reach a terminal raw. */
const RAW = /[\x00-\x09\x0b-\x1f\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const HOSTILE = { transport: "stdio" as const, command: process.execPath, args: [path.join(FIXTURES, "check-hostile-names.mjs")], env: {} };

/** A recording of the hostile server: its tools listed, each called (each call fails with a hostile message). */
async function hostileRecording(): Promise<string> {
  const session = await recordSession(HOSTILE, async (e) => {
    const tools = ((await e.request("tools/list", {})).result as { tools: Array<{ name: string }> }).tools;
    for (const t of tools) await e.callTool(t.name, {});
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), "hostile-rec-")), "hostile.mcp-session.json");
  writeFileSync(file, JSON.stringify(session));
  return file;
}

const capture = () => {
  let out = "";
  let err = "";
  return { io: { out: (s: string) => void (out += s + "\n"), err: (s: string) => void (err += s + "\n") }, out: () => out, err: () => err };
};

describe("outputs made from a received file or a hostile server", () => {
  test("mock: the summary names the unused recorded calls, escaped", async () => {
    const file = await hostileRecording();
    const c = capture();
    // A client that connects and leaves at once: every recorded request is unused, by name.
    expect(await runMock({ sessionFile: file }, { ...c.io, stdin: Readable.from([]) })).toBe(0);
    expect(c.err()).toMatch(/unused #\d+ tools\/call \\u\{001B\}\[2K\\u\{001B\}\[1GPASS/);
    expect(c.err()).toContain("clip\\u{001B}]52;c;ZWNobyBwd25lZA==\\u{0007}");
    expect(c.err()).not.toMatch(RAW);
  }, 30_000);

  test("replay: the diff's lines name the calls escaped", async () => {
    const file = await hostileRecording();
    const c = capture();
    expect(await runCommandLine(["replay", file, "--yes"], {}, c.io)).toBe(0);
    expect(c.out()).toMatch(/same +#\d+ tools\/call \\u\{001B\}\[2K\\u\{001B\}\[1GPASS/);
    expect(c.out() + c.err()).not.toMatch(RAW);
  }, 30_000);

  test("--cli: the JSON on stdout parses to the server's exact strings but carries no raw control (C1 CSI included)", async () => {
    const c = capture();
    expect(
      await runCommandLine(["--cli", process.execPath, path.join(FIXTURES, "check-hostile-names.mjs"), "--method", "tools/list"], {}, c.io),
    ).toBe(0);
    expect(c.out()).not.toMatch(RAW);
    expect((JSON.parse(c.out()) as { tools: Array<{ name: string }> }).tools.map((t) => t.name)).toContain(
      "nul\x00bel\x07csi\u009b2Jlone\ud800",
    );
  }, 30_000);
});

import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { ROOT } from "../helpers/targets";

const APP_SERVER = path.join(ROOT, "node_modules/@modelcontextprotocol/server-basic-vanillajs/dist/index.js");

/** `inspector ARGV` in-process: stdout, stderr and the exit code. */
async function inspector(argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCommandLine(argv, {}, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}

const lines = (out: string) =>
  out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

// Issue 66 item 7: `--cli --app-info` alone failed with "--cli needs --method".
describe("--cli --app-info without --method", () => {
  test("alone: every tool's App line, as with --method tools/list", async () => {
    const alone = await inspector(["--cli", "--advertise-apps", process.execPath, APP_SERVER, "--stdio", "--app-info"]);
    expect(alone.code, alone.err).toBe(0);
    const listed = await inspector([
      "--cli",
      "--advertise-apps",
      process.execPath,
      APP_SERVER,
      "--stdio",
      "--method",
      "tools/list",
      "--app-info",
    ]);
    expect(lines(alone.out)).toEqual(lines(listed.out));
    expect(lines(alone.out).some((l) => l.toolName === "get-time" && l.hasApp === true)).toBe(true);
  });

  test("with --tool-name: that tool's line, not called", async () => {
    const r = await inspector([
      "--cli",
      "--advertise-apps",
      process.execPath,
      APP_SERVER,
      "--stdio",
      "--tool-name",
      "get-time",
      "--app-info",
    ]);
    expect(r.code, r.err).toBe(0);
    expect(lines(r.out)).toHaveLength(1);
    expect(lines(r.out)[0]).toMatchObject({ toolName: "get-time", hasApp: true });
  });
});

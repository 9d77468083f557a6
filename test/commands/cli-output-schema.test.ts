import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { FIXTURES, ROOT } from "../helpers/targets";

// Issue 64 point 7: `--cli --method tools/call` exits as the official CLI 2.12.0 does when a
// result breaks the tool's outputSchema (1, nothing on stdout), and keeps its codes where they
// overlap: the same fixture server, run by both, the same exit code.

const OFFICIAL = path.join(ROOT, "node_modules/@modelcontextprotocol/inspector/clients/cli/build/index.js");

/** The official CLI run as a user would, stdin closed: exit code, stdout, stderr. */
function official(argv: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [OFFICIAL, ...argv], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.once("close", (code) => resolve({ code, out, err }));
  });
}

/** `inspector --cli ARGV` in-process: exit code, stdout, stderr. */
async function ours(argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCommandLine(["--cli", ...argv], {}, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}

const call = ["--method", "tools/call", "--tool-name", "add", "--tool-arg", "a=1", "b=2"];
const verdicts = (bug?: string) => [process.execPath, path.join(FIXTURES, "check-verdicts.mjs"), ...(bug ? ["--bug", bug] : [])];
const sdkOutput = (sdk: string) => [process.execPath, path.join(FIXTURES, "check-sdk-output.mjs"), "--sdk", sdk];

describe("--cli tools/call and the outputSchema, beside the official CLI 2.12.0", () => {
  test("a structuredContent that breaks the outputSchema: exit 1 in both, nothing on stdout, the break named on stderr", async () => {
    const [mine, theirs] = await Promise.all([ours([...verdicts("raw-schema"), ...call]), official([...verdicts("raw-schema"), ...call])]);
    expect(theirs.code, theirs.err).toBe(1);
    expect(theirs.err).toContain("sum must be number");
    expect(mine.code, mine.err).toBe(theirs.code);
    expect(mine.out).toBe(theirs.out);
    expect(mine.err).toMatch(/inspector: tool add's structuredContent breaks its outputSchema: \/structuredContent\/sum must be number/);
  }, 60_000);

  test("with --format json the failure is the envelope on stderr, code error, as the official's", async () => {
    const mine = await ours([...verdicts("raw-schema"), ...call, "--format", "json"]);
    expect(mine.code).toBe(1);
    expect(mine.out).toBe("");
    const envelope = JSON.parse(mine.err.trim().split("\n").at(-1)!);
    expect(envelope.error).toMatchObject({ code: "error", exitCode: 1, message: expect.stringContaining("breaks its outputSchema") });
  }, 60_000);

  for (const sdk of ["v1", "v2"])
    test(`the ${sdk} SDK's isError in place of a broken structuredContent: exit 5 in both (a tool error)`, async () => {
      const [mine, theirs] = await Promise.all([ours([...sdkOutput(sdk), ...call]), official([...sdkOutput(sdk), ...call])]);
      expect(theirs.code, theirs.err).toBe(5);
      expect(mine.code, mine.err).toBe(theirs.code);
    }, 60_000);

  for (const [bug, code] of [
    [undefined, 0],
    ["rpc-error", 1],
    ["crash", 1],
  ] as const)
    test(`${bug ?? "the fixed server"}: exit ${code} in both`, async () => {
      const [mine, theirs] = await Promise.all([ours([...verdicts(bug), ...call]), official([...verdicts(bug), ...call])]);
      expect(theirs.code, theirs.err).toBe(code);
      expect(mine.code, mine.err).toBe(code);
      if (code === 0) expect(JSON.parse(mine.out)).toEqual(JSON.parse(theirs.out));
    }, 60_000);

  test("the tools/list asked for the outputSchema is not in a --save-session recording: it holds the call made", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "cli-output-schema-")), "run.mcp-session.json");
    const mine = await ours([...verdicts(), ...call, "--save-session", file]);
    expect(mine.code, mine.err).toBe(0);
    const entries = JSON.parse(readFileSync(file, "utf8")).entries as Array<{ kind: string; message?: { method?: string } }>;
    const sent = entries.filter((e) => e.kind === "message" && e.message?.method).map((e) => e.message!.method);
    expect(sent).toContain("tools/call");
    expect(sent).not.toContain("tools/list");
  }, 60_000);
});

import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { splitShellWords } from "../../lib/target/shell-words";
import { ROOT } from "../helpers/targets";
import { tempDir } from "./helpers";

// docs/ci-recipe.md, run as written: every `npx inspector` line of its shell blocks, then those
// of its GitHub Actions job, in a new folder whose node_modules stands for the recipe's
// `npm install` (this repository's, which holds server-memory). Read from the doc, so the two
// cannot drift apart.
const DOC = readFileSync(path.join(ROOT, "docs/ci-recipe.md"), "utf8");
const blocks = (lang: string) => [...DOC.matchAll(new RegExp("```" + lang + "\\n([^]*?)```", "g"))].map((m) => m[1]);
const shellLines = blocks("sh").flatMap((b) => b.split("\n").filter(Boolean));
const jobLines = blocks("yaml").flatMap((b) => [...b.matchAll(/^\s*- run: (.*)$/gm)].map((m) => m[1]));
/** What the folder set-up of the recipe does, done here by the symlinked node_modules. */
const SET_UP = [
  /^mkdir memory-ci && cd memory-ci$/,
  /^npm init -y$/,
  /^rm -f \/tmp\/memory-ci-recording\.jsonl$/,
  /^npm install --save-dev mcp-inspector-harness @modelcontextprotocol\/server-memory$/,
  /^npm ci$/,
];

const COLLECTION = "tests/memory.mcp-tests.yaml";
/** The recipe's collection block: the one whose first line names its file. */
const collectionBlock = () => blocks("yaml").find((b) => b.startsWith(`# ${COLLECTION}\n`))!;
const TEST_MEMORY = /MEMORY_FILE_PATH: (\S+) \}/.exec(collectionBlock())![1];

let folder = "";
const home = process.cwd();
beforeAll(() => {
  folder = tempDir("ci-recipe-");
  symlinkSync(path.join(ROOT, "node_modules"), path.join(folder, "node_modules"), "dir");
  process.chdir(folder);
});
afterAll(() => process.chdir(home));

/** The job summary GitHub Actions gives each step (`GITHUB_STEP_SUMMARY`): a file here. */
const SUMMARY = "step-summary.md";

/** Run one `npx inspector …` line in-process, with its `> FILE` written as the shell would. */
async function run(line: string): Promise<{ code: number; out: string; err: string }> {
  const words = splitShellWords(line);
  if (!words.ok) throw new Error(`${line}: ${words.message}`);
  const args = words.args.slice(2);
  const to = args.indexOf(">");
  const redirect = to >= 0 ? args.splice(to, 2)[1] : undefined;
  let out = "";
  let err = "";
  const code = await runCommandLine(
    args,
    { ...process.env, GITHUB_STEP_SUMMARY: path.resolve(SUMMARY) },
    { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") },
  );
  if (redirect) writeFileSync(redirect, out);
  return { code, out, err };
}

describe("docs/ci-recipe.md", () => {
  test("the recipe's commands, as written, record, replay, diff, test and check server-memory: every step exits 0, the job summary and reports say so; a failing step is named in each with expected and actual", async () => {
    const commands = [...shellLines, ...jobLines].filter((l) => !SET_UP.some((r) => r.test(l)));
    expect(
      commands.every((l) => l.startsWith("npx inspector ")),
      commands.join("\n"),
    ).toBe(true);
    expect(commands.map((l) => l.split(" ")[2])).toEqual(["--cli", "check", "replay", "diff", "replay", "diff", "test", "check"]);
    // The collection the recipe writes, where its first line says.
    mkdirSync("tests", { recursive: true });
    writeFileSync(COLLECTION, collectionBlock());
    rmSync(TEST_MEMORY, { force: true });
    expect(SET_UP.every((r) => [...shellLines, ...jobLines].some((l) => r.test(l)))).toBe(true);
    // The recording starts from an empty memory, as the recipe asks of its reader.
    const memory = /MEMORY_FILE_PATH=(\S+)/.exec(commands[0])![1];
    rmSync(memory, { force: true });
    for (const line of commands) {
      const r = await run(line);
      expect(r.code, `${line}\n${r.out}\n${r.err}`).toBe(0);
    }
    rmSync(memory, { force: true });
    // What the job summary says of a passing run: each command's tally, nothing failing.
    const summary = readFileSync(SUMMARY, "utf8");
    expect(summary).toContain("### ✅ inspector test: 2 passed, 0 failed");
    expect(summary).toMatch(/### ✅ inspector check memory\\-server: 0 error\(s\)/);
    expect(readFileSync("reports/test.xml", "utf8")).toMatch(/failures="0"/);
    expect(readFileSync("check.xml", "utf8")).not.toContain("<failure");
    const checked = JSON.parse(readFileSync("reports/check.mcp-session.json", "utf8"));
    expect(checked.version).toBe(2);
    expect(checked.verdicts.length).toBeGreaterThan(0);
    expect(readFileSync("reports/mcp-session.html", "utf8")).toMatch(/<html/i);
    const replay = readFileSync("replay.xml", "utf8");
    expect(replay).toMatch(/<testsuites name="replay create\.mcp-session\.json" tests="1" failures="0" errors="0">/);
    expect(replay).toContain('name="#');
    expect(readFileSync("diff.xml", "utf8")).toMatch(/failures="0"/);
    const recorded = JSON.parse(readFileSync("tests/create.mcp-session.json", "utf8"));
    expect(recorded.target).toMatchObject({ command: "node", args: ["node_modules/@modelcontextprotocol/server-memory/dist/index.js"] });
    expect(JSON.stringify(recorded)).not.toContain("/tmp/memory-ci-recording.jsonl");

    // The same job when the server stops saying what the test expects: the step fails, and the
    // summary, the JUnit report and the recording each say which, with expected beside actual.
    writeFileSync(COLLECTION, collectionBlock().replace("textContent: likes coffee", "textContent: likes tea"));
    writeFileSync(SUMMARY, "");
    const testLine = commands.find((l) => l.startsWith("npx inspector test "))!;
    const failed = await run(testLine);
    rmSync(TEST_MEMORY, { force: true });
    expect(failed.code, failed.err).toBe(1);
    const told = readFileSync(SUMMARY, "utf8");
    expect(told).toContain("### ❌ inspector test: 1 passed, 1 failed");
    expect(told).toContain("#### ✗ Ada likes coffee");
    expect(told).toMatch(/Expected:\n\n```\n"text containing \\"likes tea\\""\n```/);
    expect(told).toMatch(/Actual:\n\n```\n\[\n {2}"\{\\n.*likes coffee/s);
    expect(told).toContain("npx inspector test --grep '^Ada likes coffee$' tests/memory.mcp-tests.yaml");
    expect(told).toContain("npx mcp-inspector-harness --open reports/memory.mcp-session.json");
    expect(readFileSync("reports/test.xml", "utf8")).toMatch(
      /name="Ada likes coffee">\s*<failure[^]*<system-out>recording: reports\/memory\.mcp-session\.json \(open it: npx mcp-inspector-harness --open reports\/memory\.mcp-session\.json\)<\/system-out>/,
    );
    const recording = JSON.parse(readFileSync("reports/memory.mcp-session.json", "utf8"));
    expect(recording.verdicts).toEqual([
      expect.objectContaining({ name: "create Ada", status: "pass" }),
      expect.objectContaining({ name: "Ada likes coffee", status: "fail", expected: 'text containing "likes tea"' }),
    ]);
  }, 90_000);
});

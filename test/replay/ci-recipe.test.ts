import { readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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

let folder = "";
const home = process.cwd();
beforeAll(() => {
  folder = tempDir("ci-recipe-");
  symlinkSync(path.join(ROOT, "node_modules"), path.join(folder, "node_modules"), "dir");
  process.chdir(folder);
});
afterAll(() => process.chdir(home));

/** Run one `npx inspector …` line in-process, with its `> FILE` written as the shell would. */
async function run(line: string): Promise<{ code: number; out: string; err: string }> {
  const words = splitShellWords(line);
  if (!words.ok) throw new Error(`${line}: ${words.message}`);
  const args = words.args.slice(2);
  const to = args.indexOf(">");
  const redirect = to >= 0 ? args.splice(to, 2)[1] : undefined;
  let out = "";
  let err = "";
  const code = await runCommandLine(args, { ...process.env }, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  if (redirect) writeFileSync(redirect, out);
  return { code, out, err };
}

describe("docs/ci-recipe.md", () => {
  test("the recipe's commands, as written, record, replay and diff server-memory: every step exits 0 and the reports pass", async () => {
    const commands = [...shellLines, ...jobLines].filter((l) => !SET_UP.some((r) => r.test(l)));
    expect(
      commands.every((l) => l.startsWith("npx inspector ")),
      commands.join("\n"),
    ).toBe(true);
    expect(commands.map((l) => l.split(" ")[2])).toEqual(["--cli", "check", "replay", "diff", "replay", "diff"]);
    expect(SET_UP.every((r) => [...shellLines, ...jobLines].some((l) => r.test(l)))).toBe(true);
    // The recording starts from an empty memory, as the recipe asks of its reader.
    const memory = /MEMORY_FILE_PATH=(\S+)/.exec(commands[0])![1];
    rmSync(memory, { force: true });
    for (const line of commands) {
      const r = await run(line);
      expect(r.code, `${line}\n${r.out}\n${r.err}`).toBe(0);
    }
    rmSync(memory, { force: true });
    const replay = readFileSync("replay.xml", "utf8");
    expect(replay).toMatch(/<testsuites name="replay create\.mcp-session\.json" tests="1" failures="0" errors="0">/);
    expect(replay).toContain('name="#');
    expect(readFileSync("diff.xml", "utf8")).toMatch(/failures="0"/);
    const recorded = JSON.parse(readFileSync("tests/create.mcp-session.json", "utf8"));
    expect(recorded.target).toMatchObject({ command: "node", args: ["node_modules/@modelcontextprotocol/server-memory/dist/index.js"] });
    expect(JSON.stringify(recorded)).not.toContain("/tmp/memory-ci-recording.jsonl");
  }, 60_000);
});

import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { FIXTURES, waitFor } from "../helpers/targets";
import { alive } from "../helpers/launcher";
import { writeCollection } from "../collections/run-cli";

// `--cli` and `inspector test` start a stdio target before their engine loads (issue 49, figures
// 5 and 10), as the launcher does. What a user relies on: the server still starts exactly once
// (the engine adopts that process, it does not start a second), and a run that stops before
// connecting (a malformed collection) leaves no server behind.

const SERVER = path.join(FIXTURES, "counts-starts.mjs");

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommandLine(argv, { PATH: process.env.PATH }, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function startsFile(): { dir: string; file: string; pids(): number[] } {
  const dir = mkdtempSync(path.join(tmpdir(), "early-target-"));
  const file = path.join(dir, "starts");
  return { dir, file, pids: () => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map(Number) : []) };
}

/** This user's processes whose environment holds `entry`. */
function withEnv(entry: string): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/environ`, "latin1").split("\0").includes(entry);
      } catch {
        return false;
      }
    })
    .map(Number);
}

test("--cli starts its stdio server once: the early process is the one it talks to", async () => {
  const s = startsFile();
  const r = await run(["--cli", "-e", `STARTS_FILE=${s.file}`, process.execPath, SERVER, "--method", "tools/list"]);
  expect(r.code, r.err).toBe(0);
  expect(JSON.parse(r.out).tools.map((t: { name: string }) => t.name)).toContain("echo");
  expect(s.pids()).toHaveLength(1);
  await waitFor(() => !alive(s.pids()[0]), 5000, "the server to end with the command");
});

test("inspector test starts its stdio server once", async () => {
  const s = startsFile();
  const file = writeCollection(
    s.dir,
    "echo.mcp-tests.yaml",
    'steps:\n  - tool: echo\n    arguments: { message: hi }\n    expect:\n      - path: $.content[0].text\n        contains: "hi"\n',
  );
  const r = await run(["test", file, "-e", `STARTS_FILE=${s.file}`, process.execPath, SERVER]);
  expect(r.code, r.err + r.out).toBe(0);
  expect(r.out).toMatch(/1 passed, 0 failed/);
  expect(s.pids()).toHaveLength(1);
});

test("a malformed collection runs nothing and leaves no server running, though the server was started early", async () => {
  const s = startsFile();
  const file = writeCollection(s.dir, "bad.mcp-tests.yaml", "steps:\n  - tool: [\n");
  const r = await run(["test", file, "-e", `STARTS_FILE=${s.file}`, process.execPath, SERVER]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/nothing was run/);
  // Found by its environment: the early process may be killed before it writes its line.
  await waitFor(() => withEnv(`STARTS_FILE=${s.file}`).length === 0, 5000, "the early server to be killed");
});

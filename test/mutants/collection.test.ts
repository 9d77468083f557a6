// Verdict path 2: a collection written by `inspector test --from-session` from a recording of the
// correct server, then `inspector test` of it against every entry. Each run gets its own copy of
// what --from-session wrote, so nothing a live run writes (a first snapshot) is carried over:
// the expected values must come from the recording.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { CORRECT, MUTANTS, type Entry } from "./corpus";
import {
  recordingsAside,
  crashed,
  cli,
  slowFirst,
  clip,
  offGoal,
  pool,
  reach,
  REQUEST_MS,
  row,
  targetArgs,
  writeResults,
  POOL,
} from "./harness";
import { recordCorrect, tempDir } from "./recordings";

recordingsAside();

const dir = tempDir("collection");
const runDirs = new Map<string, string>(); // entry id -> the folder its run used
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("collections from --from-session: every meant mutant fails, every correct server passes", { timeout: 400_000 }, async () => {
  const recordings = await recordCorrect(dir);
  const written = new Map<string, string>();
  for (const [base, file] of recordings) {
    const out = path.join(dir, "written", base, "recorded.mcp-tests.yaml");
    mkdirSync(path.dirname(out), { recursive: true });
    const made = await cli(["test", "--from-session", file, out]);
    expect(made.code, made.stderr).toBe(0);
    written.set(base, out);
  }
  const rows = await pool(slowFirst([...CORRECT, ...MUTANTS]), POOL, async (e: Entry) => {
    const runDir = path.join(dir, "runs", e.id.replace(/\//g, "--"));
    runDirs.set(e.id, runDir);
    mkdirSync(runDir, { recursive: true });
    // Everything --from-session wrote (the collection, and its snapshots if it wrote any), fresh.
    cpSync(path.dirname(written.get(e.base)!), runDir, { recursive: true });
    const started = await reach(e);
    try {
      const flags = ["--protocol-era", e.era, "--request-timeout", String(REQUEST_MS), "--output", path.join(runDir, "report.txt")];
      // The flags before the target: what follows the server's command is the server's (they were
      // after it once, and the entry's era never reached the CLI).
      const r = await cli(["test", path.join(runDir, "recorded.mcp-tests.yaml"), ...flags, ...targetArgs(started.reach)], { cwd: runDir });
      const report = existsSync(path.join(runDir, "report.txt")) ? readFileSync(path.join(runDir, "report.txt"), "utf8") : "";
      const failed = report
        .split("\n")
        .filter((l) => /✗|fail|error/i.test(l))
        .join(" | ");
      return row("collection", e, r.code !== null && r.code !== 0 && !crashed(r), `exit ${r.code}: ${clip(failed || r.stderr || report)}`);
    } finally {
      started.stop();
    }
  });
  writeResults("collection", rows);
  const { missed, falseFailures } = offGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);
});

// Issue 48 point 4: snapshots are shared between eras, so one correct dual-era server must pass
// the collection of its 2025-11-25 recording in both eras side by side.
test(
  "--protocol-era both: the SDK v2 correct server passes the collection of its 2025 recording in each era",
  { timeout: 60_000 },
  async () => {
    const runDir = runDirs.get("v2-stdio-2025");
    expect(runDir, "the corpus test ran first").toBeDefined();
    const e = CORRECT.find((x) => x.id === "v2-stdio-2025")!;
    const started = await reach(e);
    const r = await cli(["test", path.join(runDir!, "recorded.mcp-tests.yaml"), "--protocol-era", "both", ...targetArgs(started.reach)], {
      cwd: runDir,
    });
    started.stop();
    expect(r.code, clip(r.stdout + r.stderr, 2000)).toBe(0);
  },
);

// Verdict path 2: a collection written by `inspector test --from-session` from a recording of the
// correct server, then `inspector test` of it against every entry. Each entry gets its own copy of
// what --from-session wrote, naming the entry's server as its target, so nothing a live run writes
// (a first snapshot) is carried over: the expected values must come from the recording. A few
// `inspector test` starts run all the copies (collection-runs.ts), grouped by the era they speak.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { CORRECT, MUTANTS, serverArgs, type Entry } from "./corpus";
import {
  recordingsAside,
  slowFirst,
  clip,
  offGoal,
  reach,
  REQUEST_MS,
  row,
  targetArgs,
  writeResults,
  POOL,
  cli,
  LATENCY_FLAGS,
} from "./harness";
import { copyCollection, runCollections, type CollectionJob, type FileVerdict } from "./collection-runs";
import { recordCorrect, tempDir } from "./recordings";

recordingsAside();

const dir = tempDir("collection");
const files = new Map<string, string>(); // entry id -> its copy of the collection
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An entry's copy of its base's collection, named for the entry, in a folder of its own. */
function copyFor(e: Entry, written: string): CollectionJob {
  const slug = e.id.replace(/\//g, "--");
  const file = path.join(dir, "runs", slug, `${slug}.mcp-tests.yaml`);
  mkdirSync(path.dirname(file), { recursive: true });
  files.set(e.id, file);
  if (e.transport === "stdio") {
    copyCollection(written, file, { command: process.execPath, args: serverArgs(e) });
    return { file };
  }
  // An HTTP server is started for the run of its group, and its URL known only then.
  return {
    file,
    async start() {
      const started = await reach(e);
      if (started.reach.kind === "http") copyCollection(written, file, { url: started.reach.url });
      return started;
    },
  };
}

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
  const entries = slowFirst([...CORRECT, ...MUTANTS]);
  const verdicts = new Map<string, FileVerdict>();
  for (const era of ["legacy", "modern"] as const) {
    const ofEra = entries.filter((e) => e.era === era);
    const jobs = ofEra.map((e) => copyFor(e, written.get(e.base)!));
    const got = await runCollections(jobs, {
      flags: ["--protocol-era", era, "--request-timeout", String(REQUEST_MS), ...LATENCY_FLAGS],
      cwd: dir,
      perRun: 8,
      at: POOL,
      label: era,
    });
    for (const e of ofEra) verdicts.set(e.id, got.get(files.get(e.id)!)!);
  }
  const rows = [...CORRECT, ...MUTANTS].map((e) => {
    const v = verdicts.get(e.id)!;
    const failed = v.lines.filter((l) => /✗|fail|error/i.test(l)).join(" | ");
    return row("collection", e, v.code !== null && v.code !== 0, `exit ${v.code}: ${clip(failed)}`);
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
    const file = files.get("v2-stdio-2025");
    expect(file, "the corpus test ran first").toBeDefined();
    const e = CORRECT.find((x) => x.id === "v2-stdio-2025")!;
    const started = await reach(e);
    const r = await cli(["test", file!, "--protocol-era", "both", ...targetArgs(started.reach)], {
      cwd: path.dirname(file!),
    });
    started.stop();
    expect(r.code, clip(r.stdout + r.stderr, 2000)).toBe(0);
  },
);

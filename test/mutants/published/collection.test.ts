// The published corpus, paths 2 and 3: a collection written by `inspector test --from-session`
// from each of the two recordings a user makes of a server (real use through the library, and
// `check --call-tools --save-session`), then `inspector test` of it against every entry. Each run
// gets a fresh copy of what --from-session wrote, and the filesystem server's folder as the
// recording found it (check's guessed writes are in the collection: a server with side effects
// needs the same state at the start of each run, as a user's CI would give it).
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { clip, cli, LATENCY_FLAGS, recordingsAside } from "../harness";
import { copyCollection, runCollections, type FileVerdict } from "../collection-runs";
import { tempDir } from "../recordings";
import { makeFsRoot, PUB_ALL, pubArgv, resetFsRoot, type PubEntry, type PubPath } from "./corpus";
import {
  CHECK_REQUEST_MS,
  PUB_POOL,
  PUB_REQUEST_MS,
  pubOffGoal,
  pubRow,
  pubSlowFirst,
  recordCheck,
  recordRealUse,
  slowDelayPast,
  writePubResults,
} from "./harness";
import { useWarmPython } from "./warm-python";

recordingsAside();
const dir = tempDir("pub-collection");
const fsRoot = makeFsRoot();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(fsRoot, { recursive: true, force: true });
});
useWarmPython();

/** Writes a collection from each recording; returns base -> the folder holding it. */
async function fromSessions(recordings: Map<string, string>, label: string): Promise<Map<string, string>> {
  const written = new Map<string, string>();
  for (const [base, file] of recordings) {
    const out = path.join(dir, label, base, "recorded.mcp-tests.yaml");
    mkdirSync(path.dirname(out), { recursive: true });
    const made = await cli(["test", "--from-session", file, out]);
    expect(made.code, made.stderr).toBe(0);
    written.set(base, path.dirname(out));
  }
  return written;
}

/** `recordings` (base -> the session file) are what each collection was written from. */
async function runAll(p: PubPath, written: Map<string, string>, recordings: Map<string, string>) {
  // A run waits for an answer as long as its recording did: check's guessed call of the everything
  // server's trigger-long-running-operation takes its default 10 s (recorded with 15 s to wait).
  const requestMs = p === "collection-check" ? CHECK_REQUEST_MS : PUB_REQUEST_MS;
  const run = { flags: ["--request-timeout", String(requestMs), ...LATENCY_FLAGS], cwd: dir, limitMsEach: 120_000 };
  const entries = pubSlowFirst(PUB_ALL);
  const fileOf = new Map(entries.map((e) => [e.id, copyFor(p, e, written, recordings)]));
  // The filesystem server's runs go one at a time, each on the folder put back as the recording
  // found it; the others' copies run in a few `inspector test` starts beside them (collection-runs.ts).
  const [together, fsRuns] = await Promise.all([
    runCollections(
      entries.filter((e) => e.base !== "filesystem").map((e) => ({ file: fileOf.get(e.id)! })),
      { ...run, perRun: 7, at: PUB_POOL - 1, label: p },
    ),
    (async () => {
      const out = new Map<string, FileVerdict>();
      for (const e of entries.filter((x) => x.base === "filesystem")) {
        resetFsRoot(fsRoot);
        const got = await runCollections([{ file: fileOf.get(e.id)! }], { ...run, perRun: 1, at: 1, label: `${p}-${slug(e)}` });
        for (const [f, v] of got) out.set(f, v);
      }
      return out;
    })(),
  ]);
  const rows = PUB_ALL.map((e) => {
    const v = together.get(fileOf.get(e.id)!) ?? fsRuns.get(fileOf.get(e.id)!)!;
    // Every line but the tally: a failed step's name, why, and each failed expectation's label and
    // message (a filter on words like "fail" dropped the expectations, so a red said only the step).
    const failed = v.lines.slice(0, -1).join(" | ");
    return pubRow(p, e, v.code !== null && v.code !== 0, `exit ${v.code}: ${clip(failed || v.lines.join(" | "))}`);
  });
  writePubResults(p, rows);
  return pubOffGoal(rows);
}

const slug = (e: PubEntry) => e.id.replace(/\//g, "--");

/** The entry's own copy of what --from-session wrote, its target the entry's server (through the proxy). */
function copyFor(p: PubPath, e: PubEntry, written: Map<string, string>, recordings: Map<string, string>): string {
  const file = path.join(dir, "runs", p, slug(e), `${slug(e)}.mcp-tests.yaml`);
  mkdirSync(path.dirname(file), { recursive: true });
  const slowMs = slowDelayPast(e, recordings.get(e.base)!);
  copyCollection(path.join(written.get(e.base)!, "recorded.mcp-tests.yaml"), file, pubArgv(e, fsRoot, slowMs));
  return file;
}

test(
  "published servers, collection from a recording of real use: every regression fails, no harmless change",
  { timeout: 600_000 },
  async () => {
    const recordings = await recordRealUse(dir, fsRoot);
    const written = await fromSessions(recordings, "real");
    const { missed, falseFailures } = await runAll("collection", written, recordings);
    expect(falseFailures).toEqual([]);
    expect(missed).toEqual([]);
  },
);

// 600 s: the filesystem server's runs go one at a time, and the everything server's take 10 s each.
test(
  "published servers, collection from check's recording: every meant regression fails, no harmless change",
  { timeout: 600_000 },
  async () => {
    // Recorded on the folder each run starts from: check calls write_file, move_file… with guesses.
    resetFsRoot(fsRoot);
    const recordings = await recordCheck(dir, fsRoot);
    const written = await fromSessions(recordings, "check");
    const { missed, falseFailures } = await runAll("collection-check", written, recordings);
    expect(falseFailures).toEqual([]);
    expect(missed).toEqual([]);
  },
);

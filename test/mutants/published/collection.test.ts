// The published corpus, paths 2 and 3: a collection written by `inspector test --from-session`
// from each of the two recordings a user makes of a server (real use through the library, and
// `check --call-tools --save-session`), then `inspector test` of it against every entry. Each run
// gets a fresh copy of what --from-session wrote, and the filesystem server's folder as the
// recording found it (check's guessed writes are in the collection: a server with side effects
// needs the same state at the start of each run, as a user's CI would give it).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { clip, cli, crashed, pool, recordingsAside } from "../harness";
import { tempDir } from "../recordings";
import { freshFolderTurns, makeFsRoot, PUB_ALL, pubArgv, resetFsRoot, type PubEntry, type PubPath } from "./corpus";
import {
  CHECK_REQUEST_MS,
  PUB_POOL,
  PUB_REQUEST_MS,
  pubOffGoal,
  pubRow,
  pubSlowFirst,
  recordCheck,
  recordRealUse,
  writePubResults,
} from "./harness";
import { ensureVenv } from "./venv";

recordingsAside();
const dir = tempDir("pub-collection");
const fsRoot = makeFsRoot();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(fsRoot, { recursive: true, force: true });
});
beforeAll(() => ensureVenv(), 300_000);

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

const onFreshFolder = freshFolderTurns(fsRoot);

async function runAll(p: PubPath, written: Map<string, string>) {
  // A run waits for an answer as long as its recording did: check's guessed call of the everything
  // server's trigger-long-running-operation takes its default 10 s (recorded with 15 s to wait).
  const requestMs = p === "collection-check" ? CHECK_REQUEST_MS : PUB_REQUEST_MS;
  const rows = await pool(pubSlowFirst(PUB_ALL), PUB_POOL, (e: PubEntry) => onFreshFolder(e, () => runOne(e)));
  writePubResults(p, rows);
  return pubOffGoal(rows);

  async function runOne(e: PubEntry) {
    const runDir = path.join(dir, "runs", p, e.id.replace(/\//g, "--"));
    mkdirSync(runDir, { recursive: true });
    cpSync(written.get(e.base)!, runDir, { recursive: true });
    const { command, args } = pubArgv(e, fsRoot);
    const report = path.join(runDir, "report.txt");
    const r = await cli(
      // The flags before the target: what follows the server's command is the server's.
      ["test", path.join(runDir, "recorded.mcp-tests.yaml"), "--request-timeout", String(requestMs), "--output", report, command, ...args],
      { cwd: runDir, limitMs: 120_000 },
    );
    const text = existsSync(report) ? readFileSync(report, "utf8") : "";
    const failed = text
      .split("\n")
      .filter((l) => /✗|fail|error|no answer|no longer sent/i.test(l))
      .join(" | ");
    return pubRow(p, e, r.code !== null && r.code !== 0 && !crashed(r), `exit ${r.code}: ${clip(failed || text || r.stdout || r.stderr)}`);
  }
}

test(
  "published servers, collection from a recording of real use: every regression fails, no harmless change",
  { timeout: 600_000 },
  async () => {
    const written = await fromSessions(await recordRealUse(dir, fsRoot), "real");
    const { missed, falseFailures } = await runAll("collection", written);
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
    const written = await fromSessions(await recordCheck(dir, fsRoot), "check");
    const { missed, falseFailures } = await runAll("collection-check", written);
    expect(falseFailures).toEqual([]);
    expect(missed).toEqual([]);
  },
);

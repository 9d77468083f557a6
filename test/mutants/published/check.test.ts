// The published corpus, path 5: `inspector check --call-tools` on every entry, judged by its exit
// code. It knows no expected values, so it is meant only for what breaks a rule (corpus.ts). Its
// guessed calls write to the filesystem server's folder: each run starts on the folder as made.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { cli, crashed, pool, recordingsAside } from "../harness";
import { freshFolderTurns, makeFsRoot, PUB_ALL, pubArgv, type PubEntry } from "./corpus";
import { CHECK_REQUEST_MS, pubOffGoal, pubRow, pubSlowFirst, writePubResults } from "./harness";
import { ensureVenv } from "./venv";

recordingsAside();
const fsRoot = makeFsRoot();
const onFreshFolder = freshFolderTurns(fsRoot);
afterAll(() => rmSync(fsRoot, { recursive: true, force: true }));
beforeAll(() => ensureVenv(), 300_000);

function failures(report: string): string {
  // A failure before a warning: the row's excerpt is cut, and the failure is what caught it.
  const lines = report.split("\n");
  const said = (re: RegExp) => lines.filter((l) => re.test(l));
  return [...said(/^\s*(fail|error)/i), ...said(/^\s*warn/i), ...said(/error\(s\)/i)].join(" | ");
}

test("published servers, check --call-tools: every meant regression exits non-zero, no harmless change", { timeout: 400_000 }, async () => {
  const rows = await pool(pubSlowFirst(PUB_ALL), 3, (e: PubEntry) => onFreshFolder(e, () => runOne(e)));
  writePubResults("check", rows);
  const { missed, falseFailures } = pubOffGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);

  async function runOne(e: PubEntry) {
    const { command, args } = pubArgv(e, fsRoot);
    const run = await cli(["check", "--call-tools", "--request-timeout", String(CHECK_REQUEST_MS), command, ...args], { limitMs: 120_000 });
    return pubRow(
      "check",
      e,
      run.code !== null && run.code !== 0 && !crashed(run),
      `exit ${run.code}: ${failures(run.stdout) || run.stderr || run.stdout}`,
    );
  }
});

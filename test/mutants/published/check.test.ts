// The published corpus, path 5: `inspector check --call-tools` on every entry, judged by its exit
// code. It knows no expected values, so it is meant only for what breaks a rule (corpus.ts). Its
// guessed calls write to the filesystem server's folder: each run gets a folder of its own, as made.
import { rmSync } from "node:fs";
import { beforeAll, expect, test } from "vitest";
import { cli, crashed, pool, recordingsAside } from "../harness";
import { makeFsRoot, PUB_ALL, pubArgv, type PubEntry } from "./corpus";
import { CHECK_REQUEST_MS, PUB_POOL, pubOffGoal, pubRow, pubSlowFirst, writePubResults } from "./harness";
import { ensureVenv } from "./venv";

recordingsAside();
beforeAll(() => ensureVenv(), 300_000);

function failures(report: string): string {
  // A failure before a warning: the row's excerpt is cut, and the failure is what caught it.
  const lines = report.split("\n");
  const said = (re: RegExp) => lines.filter((l) => re.test(l));
  return [...said(/^\s*(fail|error)/i), ...said(/^\s*warn/i), ...said(/error\(s\)/i)].join(" | ");
}

test("published servers, check --call-tools: every meant regression exits non-zero, no harmless change", { timeout: 400_000 }, async () => {
  const rows = await pool(pubSlowFirst(PUB_ALL), PUB_POOL, runOne);
  writePubResults("check", rows);
  const { missed, falseFailures } = pubOffGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);

  async function runOne(e: PubEntry) {
    // No recording names the folder on this path, so each run has its own (no turns to wait for).
    const fsRoot = makeFsRoot();
    try {
      const { command, args } = pubArgv(e, fsRoot);
      const run = await cli(["check", "--call-tools", "--request-timeout", String(CHECK_REQUEST_MS), command, ...args], {
        limitMs: 120_000,
      });
      return pubRow(
        "check",
        e,
        run.code !== null && run.code !== 0 && !crashed(run),
        `exit ${run.code}: ${failures(run.stdout) || run.stderr || run.stdout}`,
      );
    } finally {
      rmSync(fsRoot, { recursive: true, force: true });
    }
  }
});

// Verdict path 4: `inspector check --call-tools` on every entry, in the entry's era. A caught
// mutant is a non-zero exit (an error finding or a failed probe).
import { expect, test } from "vitest";
import { CORRECT, MUTANTS, type Entry } from "./corpus";
import { recordingsAside, crashed, cli, slowFirst, offGoal, pool, reach, REQUEST_MS, row, targetArgs, writeResults, POOL } from "./harness";

recordingsAside();

/** The lines of a text report that say what failed. */
function failures(report: string): string {
  // A failure before a warning: the row's excerpt is cut, and the failure is what caught it.
  const lines = report.split("\n");
  const said = (re: RegExp) => lines.filter((l) => re.test(l));
  return [...said(/^\s*(fail|error)/i), ...said(/^\s*warn/i), ...said(/error\(s\)/i)].join(" | ");
}

test("check: every meant mutant fails, every correct server passes", { timeout: 400_000 }, async () => {
  const rows = await pool(slowFirst([...CORRECT, ...MUTANTS]), POOL, async (e: Entry) => {
    const started = await reach(e);
    try {
      const run = await cli(
        ["check", "--call-tools", "--protocol-era", e.era, "--request-timeout", String(REQUEST_MS), ...targetArgs(started.reach)],
        { limitMs: 120_000 },
      );
      // A run our limit had to kill never said anything: not a catch.
      return row(
        "check",
        e,
        run.code !== null && run.code !== 0 && !crashed(run),
        `exit ${run.code}: ${failures(run.stdout) || run.stderr || run.stdout}`,
      );
    } finally {
      started.stop();
    }
  });
  writeResults("check", rows);
  const { missed, falseFailures } = offGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);
});

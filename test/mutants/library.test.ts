// Verdict path 1: the test library's default matchers. The scenario (a test file written from the
// correct server's behaviour) runs against every correct server and every mutant.
import { expect, test } from "vitest";
import { CORRECT, MUTANTS } from "./corpus";
import { recordingsAside, offGoal, pool, slowFirst, reach, row, writeResults, POOL } from "./harness";
import { runScenario, targetOf } from "./scenario";

recordingsAside();

test("library matchers: every meant mutant fails the scenario, every correct server passes it", { timeout: 400_000 }, async () => {
  const rows = await pool(slowFirst([...CORRECT, ...MUTANTS]), POOL, async (e) => {
    const started = await reach(e);
    try {
      const { failures } = await runScenario(targetOf(started.reach), e.era);
      return row("library", e, failures.length > 0, failures.map((f) => `${f.check}: ${f.message}`).join(" | ") || "all checks passed");
    } finally {
      started.stop();
    }
  });
  writeResults("library", rows);
  const { missed, falseFailures } = offGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);
});

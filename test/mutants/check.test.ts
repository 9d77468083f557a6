// Verdict path 4: `inspector check --call-tools` on every entry, in the entry's era. A caught
// mutant is a non-zero exit (an error finding or a failed probe). The entries of an era are the
// servers of one host's file, checked in one run (`check --config FILE --each`, check-each.ts):
// each server gets the full check it would get alone, its own report and its own exit code.
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { CORRECT, MUTANTS } from "./corpus";
import { recordingsAside, slowFirst, offGoal, reach, REQUEST_MS, row, writeResults } from "./harness";
import { checkEach, entryOf } from "./check-each";
import { tempDir } from "./recordings";

recordingsAside();

const dir = tempDir("check");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("check: every meant mutant fails, every correct server passes", { timeout: 400_000 }, async () => {
  // The two eras' runs side by side: each mostly waits out its hangs' request limits.
  const byEra = await Promise.all(
    (["legacy", "modern"] as const).map(async (era) => {
      const entries = slowFirst([...CORRECT, ...MUTANTS].filter((e) => e.era === era));
      const started = await Promise.all(entries.map((e) => reach(e)));
      try {
        const verdicts = await checkEach(
          path.join(dir, `${era}.json`),
          Object.fromEntries(entries.map((e, i) => [e.id, entryOf(started[i].reach)])),
          ["--call-tools", "--protocol-era", era, "--request-timeout", String(REQUEST_MS)],
          300_000,
        );
        return entries.map((e) => {
          const v = verdicts.get(e.id)!;
          return row("check", e, v.code !== 0, v.said);
        });
      } finally {
        started.forEach((s) => s.stop());
      }
    }),
  );
  const rows = byEra.flat();
  writeResults("check", rows);
  const { missed, falseFailures } = offGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);
});

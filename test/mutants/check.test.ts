// Verdict path 4: `inspector check --call-tools` on every entry, in the entry's era. A caught
// mutant is a non-zero exit (an error finding or a failed probe). The entries of an era are the
// servers of one host's file, checked in one run (`check --config FILE --each`, check-each.ts):
// each server gets the full check it would get alone, its own report and its own exit code.
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { recordingsAside, offGoal, REQUEST_MS, rowsByEra, writeResults } from "./harness";
import { checkEach, entryOf } from "./check-each";
import { tempDir } from "./recordings";

recordingsAside();

const dir = tempDir("check");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("check: every meant mutant fails, every correct server passes", { timeout: 400_000 }, async () => {
  const rows = await rowsByEra("check", (era, entries, reaches) =>
    checkEach(
      path.join(dir, `${era}.json`),
      Object.fromEntries(entries.map((e, i) => [e.id, entryOf(reaches[i])])),
      ["--call-tools", "--protocol-era", era, "--request-timeout", String(REQUEST_MS)],
      300_000,
    ),
  );
  writeResults("check", rows);
  const { missed, falseFailures } = offGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);
});

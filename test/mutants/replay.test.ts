// Verdict path 3: `inspector replay` of the correct server's recording against every entry, in
// the entry's era: a copy of the recording per entry, its target the entry's command or URL, the
// copies of an era replayed in one run (`replay A B … --yes`, replay-each.ts), each with its own
// report and exit code.
import { rmSync } from "node:fs";
import { afterAll, expect, test } from "vitest";
import { CORRECT, MUTANTS } from "./corpus";
import { recordingsAside, slowFirst, offGoal, reach, REQUEST_MS, row, writeResults } from "./harness";
import { recordCorrect, tempDir } from "./recordings";
import { replayEach, sharedTargetOf } from "./replay-each";

recordingsAside();

const dir = tempDir("replay");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test(
  "replay of the correct server's recording: every meant mutant changes, every correct server is the same",
  { timeout: 400_000 },
  async () => {
    const recordings = await recordCorrect(dir);
    // The two eras' runs side by side: each mostly waits out its hangs' request limits.
    const byEra = await Promise.all(
      (["legacy", "modern"] as const).map(async (era) => {
        const entries = slowFirst([...CORRECT, ...MUTANTS].filter((e) => e.era === era));
        const started = await Promise.all(entries.map((e) => reach(e)));
        try {
          const verdicts = await replayEach(
            dir,
            entries.map((e, i) => ({ name: e.id, recording: recordings.get(e.base)!, target: sharedTargetOf(started[i].reach) })),
            ["--protocol-era", era, "--request-timeout", String(REQUEST_MS)],
            300_000,
          );
          return entries.map((e) => {
            const v = verdicts.get(e.id)!;
            return row("replay", e, v.code !== 0, v.said);
          });
        } finally {
          started.forEach((s) => s.stop());
        }
      }),
    );
    const rows = byEra.flat();
    writeResults("replay", rows);
    const { missed, falseFailures } = offGoal(rows);
    expect(falseFailures).toEqual([]);
    expect(missed).toEqual([]);
  },
);

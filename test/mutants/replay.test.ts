// Verdict path 3: `inspector replay` of the correct server's recording against every entry, in
// the entry's era: a copy of the recording per entry, its target the entry's command or URL, the
// copies of an era replayed in one run (`replay A B … --yes`, replay-each.ts), each with its own
// report and exit code.
import { rmSync } from "node:fs";
import { afterAll, expect, test } from "vitest";
import { LATENCY_FLAGS, recordingsAside, offGoal, REQUEST_MS, rowsByEra, writeResults } from "./harness";
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
    const rows = await rowsByEra("replay", (era, entries, reaches) =>
      replayEach(
        dir,
        entries.map((e, i) => ({ name: e.id, recording: recordings.get(e.base)!, target: sharedTargetOf(reaches[i]) })),
        ["--protocol-era", era, "--request-timeout", String(REQUEST_MS), ...LATENCY_FLAGS],
        300_000,
      ),
    );
    writeResults("replay", rows);
    const { missed, falseFailures } = offGoal(rows);
    expect(falseFailures).toEqual([]);
    expect(missed).toEqual([]);
  },
);

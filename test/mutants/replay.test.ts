// Verdict path 3: `inspector replay` of the correct server's recording against every entry
// (`--command` for stdio, `--server-url` for HTTP), in the entry's era.
import { rmSync } from "node:fs";
import { afterAll, expect, test } from "vitest";
import { CORRECT, MUTANTS, type Entry } from "./corpus";
import { recordingsAside, crashed, cli, slowFirst, offGoal, pool, reach, row, writeResults } from "./harness";
import { recordCorrect, tempDir } from "./recordings";

recordingsAside();

const dir = tempDir("replay");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test(
  "replay of the correct server's recording: every meant mutant changes, every correct server is the same",
  { timeout: 400_000 },
  async () => {
    const recordings = await recordCorrect(dir);
    const rows = await pool(slowFirst([...CORRECT, ...MUTANTS]), 4, async (e: Entry) => {
      const started = await reach(e);
      try {
        const r = started.reach;
        const target = r.kind === "stdio" ? ["--command", [r.command, ...r.args].join(" ")] : ["--server-url", r.url];
        // replay takes no --request-timeout (its own limit is 30 s a request), so a hang costs that.
        const run = await cli(["replay", recordings.get(e.base)!, "--yes", ...target, "--protocol-era", e.era], { limitMs: 120_000 });
        const lines = run.stdout.split("\n").filter((l) => /^(CHANGED|NEW ERROR|NO LONGER|NO RESPONSE|\s+[~+-] )|\d+ same/.test(l));
        return row(
          "replay",
          e,
          run.code !== null && run.code !== 0 && !crashed(run),
          `exit ${run.code}: ${lines.join(" | ") || run.stderr}`,
        );
      } finally {
        started.stop();
      }
    });
    writeResults("replay", rows);
    const { missed, falseFailures } = offGoal(rows);
    expect(falseFailures).toEqual([]);
    expect(missed).toEqual([]);
  },
);

// The published corpus, path 4: `inspector replay` of the recording of real use (the library test
// run on the published server) against every entry.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { cli, crashed, pool, recordingsAside } from "../harness";
import { tempDir } from "../recordings";
import { makeFsRoot, PUB_ALL, pubArgv, type PubEntry } from "./corpus";
import { PUB_POOL, pubOffGoal, pubRow, pubSlowFirst, recordRealUse, writePubResults } from "./harness";
import { ensureVenv } from "./venv";

recordingsAside();
const dir = tempDir("pub-replay");
const fsRoot = makeFsRoot();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(fsRoot, { recursive: true, force: true });
});
beforeAll(() => ensureVenv(), 300_000);

test(
  "published servers, replay of a recording of real use: every regression changes, no harmless change",
  { timeout: 400_000 },
  async () => {
    const recordings = await recordRealUse(dir, fsRoot);
    const rows = await pool(pubSlowFirst(PUB_ALL), PUB_POOL, async (e: PubEntry) => {
      const { command, args } = pubArgv(e, fsRoot);
      const run = await cli(["replay", recordings.get(e.base)!, "--yes", "--command", [command, ...args].join(" ")], { limitMs: 120_000 });
      const lines = run.stdout.split("\n").filter((l) => /^(CHANGED|NEW ERROR|NO LONGER|NO RESPONSE|\s+[~+-] )|\d+ same/.test(l));
      return pubRow(
        "replay",
        e,
        run.code !== null && run.code !== 0 && !crashed(run),
        `exit ${run.code}: ${lines.join(" | ") || run.stderr}`,
      );
    });
    writePubResults("replay", rows);
    const { missed, falseFailures } = pubOffGoal(rows);
    expect(falseFailures).toEqual([]);
    expect(missed).toEqual([]);
  },
);

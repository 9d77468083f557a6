// The published corpus, path 4: `inspector replay` of the recording of real use (the library test
// run on the published server) against every entry: a copy of the recording per entry, its
// target the entry's command, replayed in two runs side by side (`replay A B … --yes`,
// ../replay-each.ts), each with its own report and exit code.
import { rmSync } from "node:fs";
import { afterAll, expect, test } from "vitest";
import { LATENCY_FLAGS, recordingsAside } from "../harness";
import { tempDir } from "../recordings";
import { replayEach } from "../replay-each";
import { makeFsRoot, PUB_ALL, pubArgv } from "./corpus";
import { pubOffGoal, pubRow, pubSlowFirst, recordRealUse, slowDelayPast, writePubResults } from "./harness";
import { useWarmPython } from "./warm-python";

recordingsAside();
const dir = tempDir("pub-replay");
const fsRoot = makeFsRoot();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(fsRoot, { recursive: true, force: true });
});
useWarmPython();

test(
  "published servers, replay of a recording of real use: every regression changes, no harmless change",
  { timeout: 400_000 },
  async () => {
    const recordings = await recordRealUse(dir, fsRoot);
    const entries = pubSlowFirst(PUB_ALL);
    // Every other entry to each run: the slow ones (first) spread over both.
    const halves = [0, 1].map((h) => entries.filter((_, i) => i % 2 === h));
    const verdicts = await Promise.all(
      halves.map((half) =>
        replayEach(
          dir,
          half.map((e) => {
            const recording = recordings.get(e.base)!;
            const { command, args } = pubArgv(e, fsRoot, slowDelayPast(e, recording));
            return { name: e.id, recording, target: { transport: "stdio" as const, command, args, envNames: [] } };
          }),
          LATENCY_FLAGS,
          300_000,
        ),
      ),
    );
    const rows = entries.map((e) => {
      const v = (verdicts[0].get(e.id) ?? verdicts[1].get(e.id))!;
      return pubRow("replay", e, v.code !== 0, v.said);
    });
    writePubResults("replay", rows);
    const { missed, falseFailures } = pubOffGoal(rows);
    expect(falseFailures).toEqual([]);
    expect(missed).toEqual([]);
  },
);

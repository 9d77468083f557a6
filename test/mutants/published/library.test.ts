// The published corpus, path 1: the test a user writes with the library's matchers (scenario.ts),
// run against each published server and each of its mutants.
import { rmSync } from "node:fs";
import { afterAll, expect, test } from "vitest";
import { pool, recordingsAside } from "../harness";
import { makeFsRoot, PUB_ALL, pubArgv } from "./corpus";
import { PUB_POOL, pubOffGoal, pubRow, pubSlowFirst, writePubResults } from "./harness";
import { runPubScenario } from "./scenario";
import { useWarmPython } from "./warm-python";

recordingsAside();
const fsRoot = makeFsRoot();
afterAll(() => rmSync(fsRoot, { recursive: true, force: true }));
useWarmPython();

test("published servers, library matchers: every regression fails the test, no harmless change does", { timeout: 400_000 }, async () => {
  const rows = await pool(pubSlowFirst(PUB_ALL), PUB_POOL, async (e) => {
    const { failures } = await runPubScenario(e.base, pubArgv(e, fsRoot));
    return pubRow("library", e, failures.length > 0, failures.map((f) => `${f.check}: ${f.message}`).join(" | ") || "all checks passed");
  });
  writePubResults("library", rows);
  const { missed, falseFailures } = pubOffGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);
});

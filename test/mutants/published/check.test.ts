// The published corpus, path 5: `inspector check --call-tools` on every entry, judged by its exit
// code. It knows no expected values, so it is meant only for what breaks a rule (corpus.ts). Its
// guessed calls write to the filesystem server's folder: each entry gets a folder of its own, as
// made. The entries are the servers of two host's files, each checked in one run (`check --config
// FILE --each`, ../check-each.ts): each server the full check it would get alone.
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { recordingsAside } from "../harness";
import { checkEach } from "../check-each";
import { tempDir } from "../recordings";
import { makeFsRoot, PUB_ALL, pubArgv } from "./corpus";
import { CHECK_REQUEST_MS, pubOffGoal, pubRow, pubSlowFirst, writePubResults } from "./harness";
import { useWarmPython } from "./warm-python";

recordingsAside();
useWarmPython();
const dir = tempDir("pub-check");
const roots: string[] = [];
afterAll(() => [dir, ...roots].forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Two runs side by side, each checking a few servers at once: the entries mostly wait (a 5 s answer, the everything server's 10 s). */
const RUNS = 2;

test("published servers, check --call-tools: every meant regression exits non-zero, no harmless change", { timeout: 400_000 }, async () => {
  const entries = pubSlowFirst(PUB_ALL);
  // Dealt in turn, so each run gets its share of the slow ones.
  const groups = Array.from({ length: RUNS }, (_, g) => entries.filter((_, i) => i % RUNS === g));
  const verdicts = await Promise.all(
    groups.map((group, g) =>
      checkEach(
        path.join(dir, `servers-${g}.json`),
        Object.fromEntries(
          group.map((e) => {
            // No recording names the folder on this path, so each entry has its own (no turns to wait for).
            const fsRoot = makeFsRoot();
            roots.push(fsRoot);
            return [e.id, pubArgv(e, fsRoot)];
          }),
        ),
        ["--call-tools", "--request-timeout", String(CHECK_REQUEST_MS)],
        300_000,
      ),
    ),
  );
  const rows = PUB_ALL.map((e) => {
    const v = verdicts.find((m) => m.has(e.id))!.get(e.id)!;
    return pubRow("check", e, v.code !== 0, v.said);
  });
  writePubResults("check", rows);
  const { missed, falseFailures } = pubOffGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);
});

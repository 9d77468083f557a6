// The published corpus, path 6: a collection written by hand from docs/collections.md for each
// published server (collections/<base>.mcp-tests.yaml), run with `inspector test` against every entry.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { clip, recordingsAside } from "../harness";
import { copyCollection, runCollections } from "../collection-runs";
import { tempDir } from "../recordings";
import { makeFsRoot, PUB_ALL, pubArgv, type PubEntry } from "./corpus";
import { PUB_POOL, PUB_REQUEST_MS, pubOffGoal, pubRow, pubSlowFirst, writePubResults } from "./harness";
import { useWarmPython } from "./warm-python";

recordingsAside();
const COLLECTIONS = path.join(import.meta.dirname, "collections");
const dir = tempDir("pub-handwritten");
const fsRoot = makeFsRoot();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(fsRoot, { recursive: true, force: true });
});
useWarmPython();

test("published servers, a collection written by hand: every regression fails, no harmless change", { timeout: 400_000 }, async () => {
  const entries = pubSlowFirst(PUB_ALL);
  // A copy per entry, in a folder of its own, naming the entry's server (through the proxy) as its
  // target, so nothing a run writes beside the file is carried to the next; a few `inspector test`
  // starts run them all (collection-runs.ts).
  const fileOf = new Map(
    entries.map((e) => {
      const slug = e.id.replace(/\//g, "--");
      const file = path.join(dir, slug, `${slug}.mcp-tests.yaml`);
      mkdirSync(path.dirname(file), { recursive: true });
      copyCollection(path.join(COLLECTIONS, `${e.base}.mcp-tests.yaml`), file, pubArgv(e, fsRoot));
      return [e.id, file] as const;
    }),
  );
  const verdicts = await runCollections(
    entries.map((e) => ({ file: fileOf.get(e.id)! })),
    { flags: ["--request-timeout", String(PUB_REQUEST_MS)], cwd: dir, perRun: 7, at: PUB_POOL, label: "handwritten", limitMsEach: 120_000 },
  );
  const rows = PUB_ALL.map((e: PubEntry) => {
    const v = verdicts.get(fileOf.get(e.id)!)!;
    const failed = v.lines.filter((l) => /✗|fail|error/i.test(l)).join(" | ");
    return pubRow("handwritten", e, v.code !== null && v.code !== 0, `exit ${v.code}: ${clip(failed || v.lines.join(" | "))}`);
  });
  writePubResults("handwritten", rows);
  const { missed, falseFailures } = pubOffGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);
});

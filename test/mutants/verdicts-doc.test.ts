// docs/verdicts.md is the table of the last run of the verdict-path tests (test/mutants/results/):
// a run that changed a verdict, or a doc edited by hand, fails here until `node test/mutants/render.mjs`.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { DOC, PATHS, PUB_PATHS, README, readPubResults, readResults, renderDoc, renderReadmeTable } from "./render.mjs";
import { CORRECT, MUTANTS, isHarmless, isMeant, type PathName } from "./corpus";
import { PUB_ALL, PUB_CORRECT, PUB_MUTANTS, pubMeant, type PubPath } from "./published/corpus";

test("docs/verdicts.md is rendered from the last results", async () => {
  expect(readFileSync(DOC, "utf8")).toBe(await renderDoc(readResults()));
});

test("README.md's verdict table is the last results", () => {
  expect(readFileSync(README, "utf8")).toContain(renderReadmeTable(readResults(), readPubResults()));
});

test("the published results cover the whole published corpus on every path, with the flags of its corpus.ts", () => {
  const results = readPubResults();
  const ids = PUB_ALL.map((e) => e.id).sort();
  for (const p of PUB_PATHS) {
    const rows = results[p]?.rows ?? [];
    expect(rows.map((r) => r.id).sort(), p).toEqual(ids);
    for (const e of PUB_ALL) {
      const r = rows.find((x) => x.id === e.id);
      expect(r?.meant, `${p} ${e.id}`).toBe(pubMeant(p as PubPath, e));
      expect(r?.harmless, `${p} ${e.id}`).toBe(e.harmless);
    }
  }
});

test("the published corpus is what issue 64 asks for: 3 npm servers and a Python one, each kind of regression, 8+ harmless kinds", () => {
  expect(new Set(PUB_CORRECT.map((e) => e.base))).toEqual(new Set(["everything", "filesystem", "memory", "python"]));
  const regressions = new Set(PUB_MUTANTS.filter((e) => !e.harmless).map((e) => e.mutant));
  for (const m of [
    "drop-progress",
    "drop-log",
    "slow",
    "crash-nth",
    "rpc-error",
    "result-text",
    "tool-renamed",
    "tool-removed",
    "required-added",
    "struct-broken",
  ])
    expect(regressions, m).toContain(m);
  expect(new Set(PUB_MUTANTS.filter((e) => e.harmless).map((e) => e.mutant)).size).toBeGreaterThanOrEqual(8);
  // Every regression is meant for some path, and no path is meant for a harmless change.
  for (const e of PUB_MUTANTS)
    expect(
      PUB_PATHS.some((p) => pubMeant(p as PubPath, e)),
      e.id,
    ).toBe(!e.harmless);
});

test("the results cover the whole corpus on every path, with the meant flags of corpus.ts", () => {
  const results = readResults();
  const ids = [...CORRECT, ...MUTANTS].map((e) => e.id).sort();
  for (const p of PATHS) {
    const rows = results[p]?.rows ?? [];
    expect(rows.map((r) => r.id).sort(), p).toEqual(ids);
    for (const e of [...CORRECT, ...MUTANTS]) {
      expect(rows.find((r) => r.id === e.id)?.meant, `${p} ${e.id}`).toBe(isMeant(p as PathName, e));
      expect(rows.find((r) => r.id === e.id)?.harmless ?? false, `${p} ${e.id}`).toBe(isHarmless(e));
    }
  }
});

test("the corpus is what issue 48 asks for: 30+ mutants, three correct flavours, both eras and transports", () => {
  expect(MUTANTS.length).toBeGreaterThanOrEqual(30);
  expect(new Set(CORRECT.map((e) => e.flavour))).toEqual(new Set(["v1", "v2", "raw"]));
  expect(new Set(MUTANTS.map((e) => e.era))).toEqual(new Set(["legacy", "modern"]));
  expect(new Set(MUTANTS.map((e) => e.transport))).toEqual(new Set(["stdio", "http"]));
  // Every mutant but a harmless one is meant for at least one path, and every path is meant for some mutant.
  for (const e of MUTANTS)
    expect(
      PATHS.some((p) => isMeant(p as PathName, e)),
      e.id,
    ).toBe(!isHarmless(e));
  for (const p of PATHS)
    expect(
      MUTANTS.some((e) => isMeant(p as PathName, e)),
      p,
    ).toBe(true);
});

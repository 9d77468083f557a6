// docs/verdicts.md is the table of the last run of the verdict-path tests (test/mutants/results/):
// a run that changed a verdict, or a doc edited by hand, fails here until `node test/mutants/render.mjs`.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { DOC, PATHS, readResults, renderDoc } from "./render.mjs";
import { CORRECT, MUTANTS, isMeant, type PathName } from "./corpus";

test("docs/verdicts.md is rendered from the last results", async () => {
  expect(readFileSync(DOC, "utf8")).toBe(await renderDoc(readResults()));
});

test("the results cover the whole corpus on every path, with the meant flags of corpus.ts", () => {
  const results = readResults();
  const ids = [...CORRECT, ...MUTANTS].map((e) => e.id).sort();
  for (const p of PATHS) {
    const rows = results[p]?.rows ?? [];
    expect(rows.map((r) => r.id).sort(), p).toEqual(ids);
    for (const e of [...CORRECT, ...MUTANTS])
      expect(rows.find((r) => r.id === e.id)?.meant, `${p} ${e.id}`).toBe(isMeant(p as PathName, e));
  }
});

test("the corpus is what issue 48 asks for: 30+ mutants, three correct flavours, both eras and transports", () => {
  expect(MUTANTS.length).toBeGreaterThanOrEqual(30);
  expect(new Set(CORRECT.map((e) => e.flavour))).toEqual(new Set(["v1", "v2", "raw"]));
  expect(new Set(MUTANTS.map((e) => e.era))).toEqual(new Set(["legacy", "modern"]));
  expect(new Set(MUTANTS.map((e) => e.transport))).toEqual(new Set(["stdio", "http"]));
  // Every mutant is meant for at least one path, and every path is meant for some mutant.
  for (const e of MUTANTS)
    expect(
      PATHS.some((p) => isMeant(p as PathName, e)),
      e.id,
    ).toBe(true);
  for (const p of PATHS)
    expect(
      MUTANTS.some((e) => isMeant(p as PathName, e)),
      p,
    ).toBe(true);
});

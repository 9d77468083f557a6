import { execFileSync } from "node:child_process";
import path from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";
import { ROOT } from "../helpers/targets";

// Every TypeScript file of the repository belongs to one environment's tsconfig, so `npm run
// typecheck` (tsc -b over tsconfig.json's references) checks it and `npm run lint:promises` reads it
// with that environment's globals. A file outside them all is checked by neither: oxlint gives it a
// program of defaults and says nothing (ESLint's project service refused such a file by name
// before its type-aware rule moved to oxlint). The `.d.mts` beside a script are read through the
// imports of the files that use them.
const ENVIRONMENTS = ["tsconfig.lib.json", "tsconfig.page.json", "tsconfig.server.json", "tsconfig.test.json"];

it("every TypeScript file of the repository (git's, and new ones it does not ignore) is in one environment's tsconfig", () => {
  const references = (
    ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile).config as { references: Array<{ path: string }> }
  ).references;
  expect(references.map((r) => path.basename(r.path)).sort()).toEqual(ENVIRONMENTS);
  const covered = new Set<string>();
  for (const name of ENVIRONMENTS) {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      path.join(ROOT, name),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    for (const f of parsed?.fileNames ?? []) covered.add(path.relative(ROOT, f));
  }
  const tracked = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean);
  expect(tracked.length).toBeGreaterThan(1000); // the listing does see the repository
  expect(tracked.filter((f) => !covered.has(f))).toEqual([]);
});

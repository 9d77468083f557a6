// vitest's order for a fresh clone: the files file-times.json knows as slow first, slowest first,
// then the rest in vitest's own order. Workers take the next file as they free up, so the slow
// ones overlap the many quick ones instead of ending the run alone (issue 76).
//
// And the files of one test environment together: the node files, then the jsdom ones (the page's,
// quick). With `isolate: false` a worker goes on to the next file only when that file wants the
// same environment; otherwise vitest ends it and starts a new one, which imports the engine, the
// SDK and zod again. Mixed in vitest's order, the 37 jsdom files among ~380 node files ended a
// worker 60 times a run (221 worker processes over a run by process accounting, bench/README).
import { readFileSync } from "node:fs";
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { readFileTimes } from "./file-times";

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = readFileTimes().files;
    const timeOf = (spec: TestSpecification) =>
      known[path.relative(spec.project.config.root, spec.moduleId).split(path.sep).join("/")] ?? 0;
    // vitest's order first (its record of the last run's times where it has one, else size).
    return byEnvironment(slowFirst(await super.sort(files), timeOf), (spec) => environmentOf(spec.moduleId));
  }
}

/** The items by their time, slowest first; those of equal time (the unknown: 0) keep their order. */
export function slowFirst<T>(items: T[], ms: (item: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i, ms: ms(item) }))
    .sort((a, b) => b.ms - a.ms || a.i - b.i)
    .map((x) => x.item);
}

/** The items grouped by environment, `node` first (the slow files), each group in the order given. */
export function byEnvironment<T>(items: T[], env: (item: T) => string): T[] {
  const groups = new Map<string, T[]>([["node", []]]);
  for (const item of items) {
    const e = env(item);
    if (!groups.has(e)) groups.set(e, []);
    groups.get(e)!.push(item);
  }
  return [...groups.values()].flat();
}

/** The environment a test file asks for in its `@vitest-environment` comment (vitest reads the same), else `node`. */
export function environmentOf(file: string): string {
  try {
    return /@vitest-environment\s+([\w-]+)/.exec(readFileSync(file, "utf8").slice(0, 4096))?.[1] ?? "node";
  } catch {
    return "node";
  }
}

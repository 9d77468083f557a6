// vitest's order for a fresh clone: the files file-times.json knows as slow first, slowest first,
// then the rest in vitest's own order. Workers take the next file as they free up, so the slow
// ones overlap the many quick ones instead of ending the run alone (issue 76).
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { readFileTimes } from "./file-times";

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = readFileTimes().files;
    const timeOf = (spec: TestSpecification) =>
      known[path.relative(spec.project.config.root, spec.moduleId).split(path.sep).join("/")] ?? 0;
    // vitest's order first (its record of the last run's times where it has one, else size).
    return slowFirst(await super.sort(files), timeOf);
  }
}

/** The items by their time, slowest first; those of equal time (the unknown: 0) keep their order. */
export function slowFirst<T>(items: T[], ms: (item: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i, ms: ms(item) }))
    .sort((a, b) => b.ms - a.ms || a.i - b.i)
    .map((x) => x.item);
}

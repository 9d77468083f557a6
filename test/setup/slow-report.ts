// The suite's own note of what is slow, printed at the end of `npm test` by both runners'
// reporters (slow-tests-reporter.ts for vitest, slow-specs-reporter.ts for Playwright): a change
// that slows a test past these lines is named in the run that made it, not found weeks later in
// CI's total (issue 76).

/** A test over this many ms is named. */
export const SLOW_TEST_MS = 10_000;
/** A test file or spec over this many ms is named. */
export const SLOW_FILE_MS = 30_000;

/** A test or a test file, and the time it took in ms. */
export interface Timed {
  name: string;
  ms: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
const slowest = (items: Timed[], over: number) => items.filter((i) => i.ms > over).sort((a, b) => b.ms - a.ms);

/**
 * The report's lines: a heading that counts the files over SLOW_FILE_MS and the tests over
 * SLOW_TEST_MS, then each of them, slowest first (files, then tests). A run with nothing slow
 * still says so, so a reader knows the check ran.
 */
export function slowReport(runner: string, files: Timed[], tests: Timed[]): string[] {
  const slowFiles = slowest(files, SLOW_FILE_MS);
  const slowTests = slowest(tests, SLOW_TEST_MS);
  const count = (n: number, what: string, limit: number) => `${n === 0 ? "no" : n} ${what}${n === 1 ? "" : "s"} over ${limit / 1000} s`;
  return [
    `Slow (${runner}): ${count(slowFiles.length, "file", SLOW_FILE_MS)}, ${count(slowTests.length, "test", SLOW_TEST_MS)}`,
    ...slowFiles.map((f) => `  file ${seconds(f.ms)}  ${f.name}`),
    ...slowTests.map((t) => `  test ${seconds(t.ms)}  ${t.name}`),
  ];
}

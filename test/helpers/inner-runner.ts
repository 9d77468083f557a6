// A test runner this suite starts in a child process (a user's project, a docs snippet, a planted
// failure) runs beside the suite's own workers, a browser and their servers, on 2 cores. There a
// test that takes 0.7 s alone took 5.4 s in CI (starved ~7×) and failed at the 5-s limit vitest and
// Jest give a test by default: a harmless, correct test failing on time, which is no verdict of
// ours. Conventions: time is measured in `npm run bench`, never asserted in a test. So every inner
// run gets 30 s a test and a hook, well inside the 60–120 s the outer run allows the child.

/** The flags that give a vitest run inside this suite 30 s a test and a hook. */
export const VITEST_TIME_FLAGS = ["--testTimeout=30000", "--hookTimeout=30000"];
/** The flag that gives a Jest run inside this suite 30 s a test (its hooks take the same). */
export const JEST_TIME_FLAGS = ["--testTimeout=30000"];

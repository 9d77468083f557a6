import { defineConfig } from "vitest/config";
import SlowFirstSequencer from "./test/setup/slow-first-sequencer";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests spawn real servers. A fresh clone's run left 20-40% of the CPU idle with two
    // workers (vmstat, bench/README "The suite"), so three; three still left a minute at 30-50 %
    // while the slow files waited on their servers together (the whole vitest alone: 399 s with
    // three, 386 s with four, bench/README "The sixth round"), so four.
    maxWorkers: 4,
    // A worker keeps its modules from one test file to the next instead of a fresh process per file:
    // importing the engine, the SDK and zod again for each of ~370 files was a third of the suite's
    // CPU (test/page: 46 -> 18 CPU s; the whole vitest 471 -> 382 s with three workers). Module state
    // that must not cross files is reset where a file ends (the test library's session registry:
    // test/test-library/file-after-file), as it must be for a user whose runner does the same; a test
    // that needs a module fresh imports it after vi.resetModules() (test/sdk-shims). A worker goes
    // on only to a file of its own environment, so the sequencer keeps the jsdom files together.
    isolate: false,
    // One temporary folder for the run, removed at its end (test/setup/run-temp-dir.ts).
    globalSetup: ["test/setup/run-temp-dir.ts"],
    // A runtime folder per test file: taps find their hub there (test/setup/own-runtime-dir.ts); a
    // jsdom file ends once the linter's code it may have started loading is in (test/setup/linter-loaded.ts).
    // With VITEST_FILE_CPU=<file>, each file's CPU and its child processes' (test/setup/file-cpu.ts).
    setupFiles: ["test/setup/own-runtime-dir.ts", "test/setup/linter-loaded.ts", "test/setup/file-cpu-hooks.ts"],
    // The files test/setup/file-times.json knows as slow start first, so they overlap the quick ones
    // rather than end the run alone (a fresh clone has no vitest cache of the last run's times).
    sequence: { sequencer: SlowFirstSequencer },
    // The default report, then every test over 10 s and every file over 30 s (issue 76).
    reporters: ["default", "./test/setup/slow-tests-reporter.ts"],
  },
});

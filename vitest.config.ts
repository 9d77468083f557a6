import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests spawn real servers and mostly wait on them: with two workers on two cores a
    // fresh clone's run left 20-40% of the CPU idle (vmstat, bench/README "The suite"), so three.
    maxWorkers: 3,
    // A worker keeps its modules from one test file to the next instead of a fresh process per file:
    // importing the engine, the SDK and zod again for each of ~370 files was a third of the suite's
    // CPU (test/page: 46 -> 18 CPU s, 87 -> 36 s wall; bench/README "The suite"). Each file still
    // gets its own runtime folder (setupFiles run per file); a test that needs a module fresh
    // imports it after vi.resetModules() (test/sdk-shims).
    isolate: false,
    // A runtime folder per test file: taps find their hub there (test/setup/own-runtime-dir.ts).
    setupFiles: ["test/setup/own-runtime-dir.ts"],
    // The default report, then every test over 10 s and every file over 30 s (issue 76).
    reporters: ["default", "./test/setup/slow-tests-reporter.ts"],
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests spawn real servers; two cores, so keep parallelism modest.
    maxWorkers: 2,
    // A runtime folder per test file: taps find their hub there (test/setup/own-runtime-dir.ts).
    setupFiles: ["test/setup/own-runtime-dir.ts"],
    // The default report, then every test over 10 s and every file over 30 s (issue 76).
    reporters: ["default", "./test/setup/slow-tests-reporter.ts"],
  },
});

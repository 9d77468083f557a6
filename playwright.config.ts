import { defineConfig } from "@playwright/test";

/**
 * E2E tests of the page in a system Chromium (no browser downloads here). Each spec starts the
 * real inspector (`node bin/inspector.mjs … --port 0`) itself, so the build must exist:
 * `npm test` runs `npm run build` first.
 */
const executablePath = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // The list, then every test over 10 s and every spec over 30 s (test/setup/slow-report.ts), in
  // place of Playwright's own reportSlowTests (specs over 5 minutes, the 5 slowest only).
  reporter: [["list"], ["./test/setup/slow-specs-reporter.ts"]],
  reportSlowTests: null,
  outputDir: "test-results",
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    // A failed test's trace keeps its actions, DOM snapshots, console and network, without the
    // screencast: recording its frames for every test (kept only on failure) cost a fifth of a
    // browser-heavy spec's time (e2e/protocol.spec.ts, paired runs at once: 135.5 s with the
    // screencast, 111.7 without, 89.7 with no trace; bench/README.md, issue 76). The failure's own
    // screenshot stays below.
    // Kept under CI too: a run without it (another fifth off a browser-heavy spec) failed two tests
    // whose checks then came sooner, apps-debug.spec.ts:117 and protocol.spec.ts:327 (fast typing
    // in Raw lost its order); their causes come first (bench/README "The suite", second round).
    trace: { mode: "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});

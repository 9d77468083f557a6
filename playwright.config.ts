import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { specsChromium } from "./test/helpers/specs-chromium";

/**
 * E2E tests of the page in a system Chromium (no browser downloads here). Each spec starts the
 * real inspector (`node bin/inspector.mjs … --port 0`) itself, so the build must exist:
 * `npm test` runs `npm run build` first.
 */
// The system Chromium (test/helpers/specs-chromium.ts: the headless shell where it is installed).
const chromium = specsChromium() ?? "/usr/bin/chromium";
// Launched through e2e/chromium.sh, which merges Playwright's --disable-features with ours (below).
process.env.E2E_CHROMIUM = chromium;
const executablePath = path.join(path.dirname(fileURLToPath(import.meta.url)), "e2e/chromium.sh");

export default defineConfig({
  testDir: "e2e",
  // One temporary folder for the run, removed at its end (test/setup/run-temp-dir.ts).
  globalSetup: "./test/setup/run-temp-dir.ts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Three on two cores: with two, a test that waits on its server or its App left a core idle (the
  // whole run alone 313 s, the machine 82 % busy); with three 285 s, 91 % (bench/README "The
  // eighth round"). Every spec shares one worker fixture set (e2e/inspector.ts's `test`): a spec
  // with fixtures of its own needs a worker of its own, and Playwright runs those after the rest.
  workers: 3,
  retries: 0,
  // The list, then every test over 10 s and every spec over 30 s (test/setup/slow-report.ts), in
  // place of Playwright's own reportSlowTests (specs over 5 minutes, the 5 slowest only).
  reporter: [["list"], ["./test/setup/slow-specs-reporter.ts"]],
  reportSlowTests: null,
  outputDir: "test-results",
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    // A failed test's trace keeps its actions (each click's point and the log of what Playwright
    // waited for), console and network: what found the causes of issue 76's flakes. Without the
    // screencast (a fifth of a browser-heavy spec's time: e2e/protocol.spec.ts, paired runs, 135.5 s
    // with it, 111.7 without) and without DOM snapshots (protocol + apps-sandbox, two pairs: 50.3 s
    // with them, 45.8 without, 44.9 with no trace at all; bench/README "The suite"). The failure's
    // own screenshot stays below.
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: false },
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
        // Headless Chromium 156 loads the address bar's WebUI popups (chrome://omnibox-popup.top-chrome)
        // in a renderer of their own and keeps it busy though no address bar is ever shown: without
        // them protocol + apps-sandbox took 40.3 s against 48.5 and 60 CPU s against 77 (two pairs).
        "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
        // V8 tiers up no further than Sparkplug, its baseline compiler: a test's page lives seconds,
        // too short for Maglev's and TurboFan's background compiles to pay back. Six specs, three
        // pairs: the renderers' CPU 156 -> 130, 147 -> 132, 131 -> 123 s, their main threads within
        // the noise (bench/README "The specs' V8 tiers"). The code and its semantics are the page's own.
        "--js-flags=--max-opt=1",
      ],
    },
  },
});

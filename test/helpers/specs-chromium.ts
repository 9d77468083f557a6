// The system Chromium the browser tests drive (no browser is downloaded here): the one named by
// CHROMIUM_PATH or Playwright's variable, else Debian's headless shell where it is installed
// (scripts/ensure-chromium.sh: what Playwright itself runs headless, with no browser UI; the whole
// e2e suite 498 machine CPU s against 587 in the full browser, 283 s against 319, bench/README
// "The suite"), else the full browser. Read by playwright.config.ts and by the examples' own
// Playwright run (test/test-library/examples-tarball.test.ts).
import { existsSync } from "node:fs";

/** The first of the candidates that exists, or undefined when there is none. */
export function specsChromium(): string | undefined {
  return [
    process.env.CHROMIUM_PATH,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    "/usr/bin/chromium-headless-shell",
    "/usr/bin/chromium",
  ].find((p): p is string => !!p && existsSync(p));
}

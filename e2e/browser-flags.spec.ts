import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "./inspector";

// The specs' Chromium (playwright.config.ts through e2e/chromium.sh): Chromium keeps only the last
// --disable-features it is given, so ours and Playwright's are merged into one. Playwright's own
// list must survive it (PaintHolding, for one: its pages would paint late), and the address bar's
// WebUI popups, which headless Chromium otherwise keeps busy in a renderer, must not run.

/**
 * The command lines of the browsers this worker launched: e2e/chromium.sh execs the real binary,
 * so it is this process's child, started with Playwright's pipe. Read from /proc because neither
 * the headless shell nor the full browser shows its command line without --enable-automation
 * (chrome://version is the full browser's alone).
 */
function launchedCommandLines(): string[][] {
  const lines: string[][] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const ppid = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1];
      if (Number(ppid) !== process.pid) continue;
      const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      if (argv.includes("--remote-debugging-pipe")) lines.push(argv);
    } catch {
      // gone since the listing
    }
  }
  return lines;
}

test("the specs' Chromium has Playwright's disabled features and ours in one list, and no omnibox popup", async ({ browser, page }) => {
  await page.goto("about:blank");
  const lines = launchedCommandLines();
  expect(lines.length, "this worker's browser on /proc").toBeGreaterThan(0);
  for (const argv of lines) {
    const disabled = argv.filter((a) => a.startsWith("--disable-features="));
    expect(disabled).toHaveLength(1);
    const features = disabled[0].slice("--disable-features=".length).split(",");
    expect(features).toEqual(expect.arrayContaining(["PaintHolding", "WebUIOmniboxPopup", "WebUIOmniboxAimPopup"]));
  }
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send("Target.getTargets", { filter: [{}] })) as { targetInfos: { url: string }[] };
  expect(targetInfos.map((t) => t.url).filter((u) => u.startsWith("chrome://omnibox-popup"))).toEqual([]);
});

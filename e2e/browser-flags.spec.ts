import { expect, test } from "./inspector";

// The specs' Chromium (playwright.config.ts through e2e/chromium.sh): Chromium keeps only the last
// --disable-features it is given, so ours and Playwright's are merged into one. Playwright's own
// list must survive it (PaintHolding, for one: its pages would paint late), and the address bar's
// WebUI popups, which headless Chromium otherwise keeps busy in a renderer, must not run.
test("the specs' Chromium has Playwright's disabled features and ours in one list, and no omnibox popup", async ({ browser, page }) => {
  // The browser's own command line, as chrome://version shows it (the CDP call wants --enable-automation).
  await page.goto("chrome://version");
  const line = await page.locator("#command_line").innerText();
  const disabled = line.split(/\s+/).filter((a) => a.startsWith("--disable-features="));
  expect(disabled).toHaveLength(1);
  const features = disabled[0].slice("--disable-features=".length).split(",");
  expect(features).toEqual(expect.arrayContaining(["PaintHolding", "WebUIOmniboxPopup", "WebUIOmniboxAimPopup"]));
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send("Target.getTargets", { filter: [{}] })) as { targetInfos: { url: string }[] };
  expect(targetInfos.map((t) => t.url).filter((u) => u.startsWith("chrome://omnibox-popup"))).toEqual([]);
});

// Figure 4: a 20 MiB tools/call result (the big fixture, text) in the page: time from pressing
// Run until the result view shows it, long tasks meanwhile, and how much text the result view
// put in the DOM (the target is a truncated view with expand and download, not 20 MiB of DOM).
// Baseline: a headless page (InspectorClient) getting the same reply from the same backend.
import type { Figure } from "../figure";
import { chromiumPath, fixturePath, headlessPage, pageBuilt } from "../env";
import { launchChromium, longTasks, pageProfiler, watchLongTasks } from "../browser";
import { startLauncher } from "../launcher-run";
import { round } from "../stats";

const MB = 20;

export const bigPayload: Figure = {
  id: "4",
  title: `big payload: a ${MB} MiB result in the page`,
  baseline: "a headless page (InspectorClient over ws, validating, no DOM): call-tool until its reply",
  async run() {
    if (!pageBuilt()) return { rows: [], notes: ["SKIPPED: the page is not built (dist/page/index.html); run `npm run build`"] };
    if (!chromiumPath()) return { rows: [], notes: ["SKIPPED: no Chromium (set CHROMIUM_PATH or install chromium)"] };
    const inspector = await startLauncher([process.execPath, fixturePath("big")]);
    const browser = (await launchChromium())!;
    try {
      const { client, ws } = await headlessPage(inspector.port, inspector.token);
      const h0 = performance.now();
      await client.command({ type: "call-tool", name: "big", arguments: { mb: MB, kind: "text" } });
      const headless = performance.now() - h0;
      ws.close();

      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await watchLongTasks(page);
      await page.goto(inspector.url);
      await page.getByTestId("session-status").filter({ hasText: "Connected" }).waitFor({ timeout: 30_000 });
      await page.getByRole("tab", { name: "Tools" }).click();
      await page.getByTestId("tool-big").click();
      await page.getByRole("spinbutton", { name: /^mb/ }).fill(String(MB));
      const pageT0 = await page.evaluate(() => performance.now());
      const profiler = await pageProfiler(page, "fig4-big-payload");
      const t0 = performance.now();
      await page.getByRole("button", { name: "Run tool" }).click();
      // Checked every animation frame, as figure 3p checks its count: a locator's waitFor polls at
      // 0, 20, 50, 100, 100, then every 500 ms, so the time it reported ran up to half a second late.
      await page.waitForFunction(
        () => document.querySelector('[data-testid="tool-result"]')?.textContent?.includes("line 00000000") === true,
        null,
        { timeout: 120_000, polling: "raf" },
      );
      const visible = performance.now() - t0;
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      await profiler.stop();
      const tasks = await longTasks(page, pageT0);
      const domChars = await page.getByTestId("tool-result").evaluate((el) => el.textContent?.length ?? 0);
      return {
        rows: [
          {
            metric: "Run to result visible",
            unit: "ms",
            inspector: round(visible, 0),
            baseline: round(headless, 0),
            ratio: round(visible / headless, 2),
            target: "≤ 2× (issue 49)",
            met: visible / headless <= 2,
          },
          { metric: "longest task", unit: "ms", inspector: round(tasks.longest, 0), target: "≤ 200 ms", met: tasks.longest <= 200 },
          {
            metric: "text in the result view's DOM",
            unit: "MiB",
            inspector: round(domChars / 1048576, 2),
            target: "truncated, not 20 MiB",
            met: domChars < 1048576,
          },
        ],
        notes: [
          `${tasks.count} long tasks; the headless page says no hello (no record stream), so its reply names the record entry ` +
            `(resultInRecord) instead of carrying the ${MB} MiB; the page's reply carries a 64 KiB preview (hello previews), ` +
            `shown here, and the ${MB} MiB entry follows it`,
        ],
      };
    } finally {
      await browser.close();
      await inspector.stop();
    }
  },
};

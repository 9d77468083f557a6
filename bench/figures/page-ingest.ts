// Figure 3, page part: the flood fixture sends 100,000 log notifications while the page is
// open in headless Chromium. Time until the page shows all of them (its entry count), long
// tasks meanwhile and while then scrolling the timeline from top to bottom, JS heap, backend
// (launcher) RSS, count checked. Baseline: a headless page (InspectorClient, no rendering) on
// the same backend in the same run, which also sends the call.
import type { Figure } from "../figure";
import { chromiumPath, fixturePath, headlessPage, pageBuilt } from "../env";
import { jsHeapMiB, launchChromium, longTasks, watchLongTasks } from "../browser";
import { startLauncher } from "../launcher-run";
import { memoryOf } from "../proc";
import { round } from "../stats";
import { N } from "./flood-ingest";

export const pageIngest: Figure = {
  id: "3p",
  title: `timeline ingest, page: ${N.toLocaleString("en-US")} notifications in Chromium`,
  baseline: "a headless page (InspectorClient over ws, validating, no DOM) on the same backend, same flood",
  async run() {
    if (!pageBuilt()) return { rows: [], notes: ["SKIPPED: the page is not built (dist/page/index.html); run `npm run build`"] };
    if (!chromiumPath()) return { rows: [], notes: ["SKIPPED: no Chromium (set CHROMIUM_PATH or install chromium)"] };
    const inspector = await startLauncher([process.execPath, fixturePath("flood")]);
    const browser = (await launchChromium())!;
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await watchLongTasks(page);
      await page.goto(inspector.url);
      await page.getByTestId("session-status").filter({ hasText: "Connected" }).waitFor({ timeout: 30_000 });
      let headlessAll = 0;
      let t0 = 0;
      let target = Infinity;
      let lastSeq = 0;
      const { client, ws } = await headlessPage(inspector.port, inspector.token, {
        entries: (es) => {
          lastSeq = es[es.length - 1].seq;
          if (lastSeq >= target && !headlessAll) headlessAll = performance.now() - t0;
        },
      });
      await client.hello(0);
      const rssBefore = memoryOf(inspector.pid)!.rssMiB;
      const pageT0 = await page.evaluate(() => performance.now());
      t0 = performance.now();
      const out = await client.command({ type: "call-tool", name: "flood", arguments: { count: N, kind: "log" }, timeoutMs: 600_000 });
      target = out.responseSeq ?? Infinity;
      if (lastSeq >= target && !headlessAll) headlessAll = performance.now() - t0;
      // The page shows all of them when its count reaches the response's seq.
      await page.waitForFunction(
        (n) => {
          const text = document.querySelector('[data-testid="timeline-count"]')?.textContent ?? "";
          const m = /(\d[\d,]*) entries$/.exec(text);
          return m !== null && Number(m[1].replace(/,/g, "")) >= n;
        },
        target,
        { timeout: 300_000, polling: "raf" },
      );
      const pageAll = performance.now() - t0;
      const ingestTasks = await longTasks(page, pageT0);
      const heap = await jsHeapMiB(page);

      // Scroll the timeline from top to bottom, a screenful per frame.
      const scrollT0 = await page.evaluate(() => performance.now());
      const screens = await page.evaluate(async () => {
        const list = document.querySelector('[data-testid="timeline"]') as HTMLElement;
        list.scrollTop = 0;
        await new Promise((r) => requestAnimationFrame(r));
        let n = 0;
        while (list.scrollTop + list.clientHeight < list.scrollHeight - 1 && n < 100_000) {
          list.scrollTop += list.clientHeight;
          n++;
          await new Promise((r) => requestAnimationFrame(r));
        }
        return n;
      });
      const scrollTasks = await longTasks(page, scrollT0);
      const rss = memoryOf(inspector.pid)!;
      ws.close();
      const rate = N / (pageAll / 1000);
      const baseRate = N / (headlessAll / 1000);
      return {
        rows: [
          {
            metric: "ingest until the page shows all",
            unit: "msg/s",
            inspector: round(rate, 0),
            baseline: round(baseRate, 0),
            ratio: round(rate / baseRate, 2),
            target: "≥ 20,000 msg/s",
            met: rate >= 20_000,
          },
          { metric: "longest task while ingesting", unit: "ms", inspector: round(ingestTasks.longest, 0) },
          {
            metric: "longest task scrolling top to bottom",
            unit: "ms",
            inspector: round(scrollTasks.longest, 0),
            target: "≤ 50 ms",
            met: scrollTasks.longest <= 50,
          },
          { metric: "page JS heap", unit: "MiB", inspector: round(heap, 0), target: "≤ 250 MiB", met: heap <= 250 },
          {
            metric: "backend RSS peak (launcher)",
            unit: "MiB",
            inspector: round(rss.peakMiB, 0),
            target: "≤ 200 MiB",
            met: rss.peakMiB <= 200,
          },
        ],
        notes: [
          `page shows ${target.toLocaleString("en-US")} entries after ${round(pageAll, 0)} ms (headless page: ${round(headlessAll, 0)} ms); ${ingestTasks.count} long tasks while ingesting`,
          `the launcher process (backend and the Next.js page server) had ${round(rssBefore, 0)} MiB RSS before the flood`,
          `scrolled ${screens} screens, ${scrollTasks.count} long tasks; the long task API is Chromium's (PerformanceObserver "longtask")`,
        ],
      };
    } finally {
      await browser.close();
      await inspector.stop();
    }
  },
};

// Chromium for the page figures (first paint, page ingest, big payload): the system Chromium
// through playwright-core, never a downloaded browser. Undefined when there is none.
import type { Browser, Page } from "@playwright/test";
import { chromiumPath } from "./env";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Chromium resolves no host name but localhost: a page that reaches outside fails at once instead. */
export const LOOPBACK_ONLY = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"];

export async function launchChromium(extraArgs: string[] = []): Promise<Browser | undefined> {
  const executablePath = chromiumPath();
  if (!executablePath) return undefined;
  // Through @playwright/test (a declared devDependency), which re-exports playwright-core's chromium.
  const { chromium } = await import("@playwright/test");
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Wall-clock (epoch ms) of the page's first contentful paint, waiting for it if needed. */
export async function firstPaintEpoch(page: Page): Promise<number | undefined> {
  return page.evaluate(
    () =>
      new Promise<number | undefined>((resolve) => {
        const done = (t: number) => resolve(performance.timeOrigin + t);
        const seen = performance.getEntriesByName("first-contentful-paint")[0];
        if (seen) return done(seen.startTime);
        new PerformanceObserver((list) => {
          const e = list.getEntriesByName("first-contentful-paint")[0];
          if (e) done(e.startTime);
        }).observe({ type: "paint", buffered: true });
        setTimeout(() => resolve(undefined), 10_000);
      }),
  );
}

/** Record every long task (> 50 ms) from the first script on: read with `longTasks`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: true });
    } catch {
      // No long task API: the list stays empty and the figure says so.
    }
  });
}

/** Long tasks since `since` (page time, ms): their count and the longest. */
export async function longTasks(page: Page, since = 0): Promise<{ count: number; longest: number }> {
  return page.evaluate((since) => {
    const all = ((window as unknown as { __longTasks?: Array<{ start: number; duration: number }> }).__longTasks ?? []).filter(
      (t) => t.start >= since,
    );
    return { count: all.length, longest: all.reduce((m, t) => Math.max(m, t.duration), 0) };
  }, since);
}

/** The page's used JS heap in MiB, from the DevTools protocol. */
export async function jsHeapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  return (metrics.find((m: { name: string }) => m.name === "JSHeapUsedSize")?.value ?? NaN) / 1048576;
}

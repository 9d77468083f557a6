// Chromium for the page figures (first paint, page ingest, big payload): the system Chromium
// through playwright-core, never a downloaded browser. Undefined when there is none.
import type { Browser, Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "./chromium-args.mjs";
import { chromiumPath } from "./env";

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

/**
 * BENCH_PAGE_PROFILE=<dir>: a CPU profile of the page's main thread (CDP Profiler, 100 µs
 * sampling) between `start` and `stop`, written as <dir>/<name>.cpuprofile (open it in Chromium's
 * DevTools), with the functions taking the most self time printed. Without the variable, nothing.
 * e.g. `BENCH_PAGE_PROFILE=/tmp/prof npm run bench -- 4`. Minified, but methods keep their names.
 */
export async function pageProfiler(page: Page, name: string): Promise<{ stop(): Promise<void> }> {
  const dir = process.env.BENCH_PAGE_PROFILE;
  if (!dir) return { stop: async () => undefined };
  const browser = page.context().browser();
  const { mkdirSync } = await import("node:fs");
  const path = await import("node:path");
  mkdirSync(dir, { recursive: true });
  const traceFile = path.join(dir, `${name}.trace.json`);
  // The trace says what the native time ("(program)" in the profile) was: parsing, layout, paint, GC.
  await browser?.startTracing(page, {
    path: traceFile,
    categories: ["devtools.timeline", "v8", "blink", "disabled-by-default-devtools.timeline"],
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  return {
    async stop() {
      const { profile } = await cdp.send("Profiler.stop");
      await cdp.detach();
      await browser?.stopTracing();
      const { writeFileSync } = await import("node:fs");
      const file = path.join(dir, `${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      process.stderr.write(`${name}: page profile in ${file}, trace in ${traceFile}\n${selfTimeSummary(profile)}\n`);
    },
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The 25 functions with the most self time in a CPU profile, one a line. */
export function selfTimeSummary(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const f = byId.get(samples[i])?.callFrame;
    if (!f) continue;
    const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...self]
    .filter(([k]) => !k.startsWith("(idle)") && !k.startsWith("(program)"))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`)
    .join("\n");
}

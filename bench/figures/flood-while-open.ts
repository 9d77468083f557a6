// Figure 3f: a flood arriving while a person looks at the page. In headless Chromium at
// 1440×900 the page calls the flood fixture's tool from its Tools form (20,000 log and 20,000
// progress notifications, a progress bar), then shows the view under test until the call's
// result is in. Measured: the longest task and the longest animation frame (Chromium's Long
// Animation Frames API, which also counts style, layout and paint) from the click on. Views: the
// Tools tab (progress bar, result) and the Logs tab (the log stream grows by 20,000 lines); the
// timeline beside both follows the newest entry. Baseline: the same flood with the Server tab
// shown, which renders nothing that the flood changes but the timeline.
import type { Page } from "@playwright/test";
import type { Figure, Row } from "../figure";
import { chromiumPath, fixturePath, pageBuilt } from "../env";
import { launchChromium } from "../browser";
import { startLauncher } from "../launcher-run";
import { round } from "../stats";

const COUNT = 20_000;
const VIEWS = ["Tools", "Logs"] as const;
const BASELINE_VIEW = "Server";

interface Jank {
  longestTask: number;
  longestFrame: number;
  tasksOver50: number;
  ms: number;
}

/** Long tasks and long animation frames from the first script on, in page time. */
async function watchJank(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __jank: { tasks: number[][]; frames: number[][] } };
    w.__jank = { tasks: [], frames: [] };
    const watch = (type: string, into: number[][]) => {
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) into.push([e.startTime, e.duration]);
        }).observe({ type, buffered: true });
      } catch {
        // An entry type this browser lacks: its list stays empty and the figure says 0.
      }
    };
    watch("longtask", w.__jank.tasks);
    watch("long-animation-frame", w.__jank.frames);
  });
}

async function jankSince(page: Page, since: number): Promise<Omit<Jank, "ms">> {
  return page.evaluate((since) => {
    const j = (window as unknown as { __jank: { tasks: number[][]; frames: number[][] } }).__jank;
    const tasks = j.tasks.filter(([t]) => t >= since).map(([, d]) => d);
    const frames = j.frames.filter(([t]) => t >= since).map(([, d]) => d);
    return { longestTask: Math.max(0, ...tasks), longestFrame: Math.max(0, ...frames), tasksOver50: tasks.length };
  }, since);
}

/** One flood with `view` shown; the page is fresh each time so no earlier flood weighs on it. */
async function floodWith(url: string, view: string): Promise<Jank> {
  const browser = (await launchChromium())!;
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await watchJank(page);
    await page.goto(url);
    await page.getByTestId("session-status").filter({ hasText: "Connected" }).waitFor({ timeout: 30_000 });
    await page.getByRole("tab", { name: "Tools" }).click();
    await page.getByTestId("tool-flood").click();
    await page.getByRole("spinbutton", { name: /^count/ }).fill(String(COUNT));
    await page.getByRole("combobox", { name: /^kind/ }).selectOption("both");
    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Run tool" }).click();
    if (view !== "Tools") await page.getByRole("tab", { name: view }).click();
    // Done when this call's result is in (every notification came before it). Not "a response to
    // tools/call in the timeline": the backend's record holds the earlier views' floods, and their
    // responses, replayed at load, ended the measure before this flood had begun.
    await page.getByTestId("tool-result").waitFor({ state: "attached", timeout: 300_000 });
    await page.waitForTimeout(500); // the frames that draw the last batch
    const ms = (await page.evaluate(() => performance.now())) - t0;
    return { ...(await jankSince(page, t0)), ms };
  } finally {
    await browser.close();
  }
}

export const floodWhileOpen: Figure = {
  id: "3f",
  title: `a flood while the page is open: ${COUNT.toLocaleString("en-US")} log + ${COUNT.toLocaleString("en-US")} progress notifications from a call made in the page`,
  baseline: `the same flood with the ${BASELINE_VIEW} tab shown (only the timeline follows it)`,
  async run() {
    if (!pageBuilt()) return { rows: [], notes: ["SKIPPED: the page is not built (dist/page/index.html); run `npm run build`"] };
    if (!chromiumPath()) return { rows: [], notes: ["SKIPPED: no Chromium (set CHROMIUM_PATH or install chromium)"] };
    const inspector = await startLauncher([process.execPath, fixturePath("flood")]);
    try {
      const base = await floodWith(inspector.url, BASELINE_VIEW);
      const rows: Row[] = [];
      const notes: string[] = [
        `${BASELINE_VIEW} tab: longest task ${round(base.longestTask, 0)} ms, longest frame ${round(base.longestFrame, 0)} ms, ${round(base.ms, 0)} ms in all`,
      ];
      for (const view of VIEWS) {
        const j = await floodWith(inspector.url, view);
        rows.push(
          {
            metric: `longest task, ${view} tab shown`,
            unit: "ms",
            inspector: round(j.longestTask, 0),
            baseline: round(base.longestTask, 0),
            target: "≤ 50 ms",
            met: j.longestTask <= 50,
          },
          {
            metric: `longest animation frame, ${view} tab shown`,
            unit: "ms",
            inspector: round(j.longestFrame, 0),
            baseline: round(base.longestFrame, 0),
          },
        );
        notes.push(
          `${view} tab: ${j.tasksOver50} tasks over 50 ms, ${round(j.ms, 0)} ms from the click until the result and its last frames`,
        );
      }
      notes.push(
        "a task over 50 ms is what Chromium reports as a long task; an animation frame also counts style, layout and paint, so it is reported beside it",
      );
      return { rows, notes };
    } finally {
      await inspector.stop();
    }
  },
};

// Figure 8 (MCP Apps, issues 24 and 50): from pressing Run on server-basic-vanillajs's get-time in
// the Apps view to the App's first contentful paint (in the App's own document, the innermost
// frame), in Chromium, counted only when the App is in view then (its frame on screen: an App
// painted below the fold is not what the person sees). Baseline: the official inspector 2.12.0's
// web UI on the same server, the same run: selecting the App in its Apps tab (which reads the
// ui:// resource, calls the tool and renders the App). Both are timed on the browser's one clock:
// the click's time in the page, the paint's in the App.
//
// Also the flood bound (issue 50, "the page stays responsive under a flood"): an App posting 50,000
// notifications at once (test/fixtures/apps-hostile/server.mjs `flood`), and the page's longest
// main-thread task (PerformanceObserver "longtask", so only tasks over 50 ms are seen) from one second
// after Run until 5 s after the proxy stopped the App for its flood, the page taking a change meanwhile.
// Baseline: the same page and window with an App of the same fixture that posts three messages (`forge`).
//
// Profiling: APP_PAINT_TRACE=<dir> npm run bench -- 8 also records one Chromium trace of each side's
// Run (after the measured runs) into <dir>/ours.json and <dir>/official.json (Chrome DevTools →
// Performance → Load profile) and prints where the time went: the sandbox page's requests, the
// frames' navigations, the paints, and each process's busiest tasks between the click and the paint.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Frame, Page } from "@playwright/test";
import type { Figure, Row } from "../figure";
import { ROOT, chromiumPath, pageBuilt } from "../env";
import { launchChromium } from "../browser";
import { startLauncher } from "../launcher-run";
import { startUntil, stopGroup } from "../proc";
import { freePort } from "../ports";
import { median, round } from "../stats";

const RUNS = 5;
const FLOOD_RUNS = 3;
const HOSTILE = [process.execPath, path.join(ROOT, "test/fixtures/apps-hostile/server.mjs")];
const SERVER = [process.execPath, path.join(ROOT, "node_modules/@modelcontextprotocol/server-basic-vanillajs/dist/index.js"), "--stdio"];
const OFFICIAL = path.join(ROOT, "node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js");

/**
 * Epoch ms of the first contentful paint of an App document (an about:srcdoc frame) that started
 * after `after`, and whether that frame is in the viewport (every frame element up to the page's).
 */
async function appPaint(page: Page, after: number, timeoutMs = 30_000): Promise<{ t: number; inView: boolean }> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const f of page.frames()) {
      if (f.url() !== "about:srcdoc") continue;
      const t = await paintOf(f);
      if (t !== undefined && t > after) return { t, inView: await inViewport(page, f) };
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("the App did not paint within 30 s");
}

/** True when the frame's element, in page coordinates, overlaps the viewport. */
async function inViewport(page: Page, f: Frame): Promise<boolean> {
  const box = await (await f.frameElement()).boundingBox().catch(() => null);
  const vp = page.viewportSize();
  return !!box && !!vp && box.y < vp.height && box.y + box.height > 0 && box.x < vp.width && box.x + box.width > 0;
}

const paintOf = (f: Frame) =>
  f
    .evaluate(() => {
      const e = performance.getEntriesByName("first-contentful-paint")[0];
      return e ? performance.timeOrigin + e.startTime : undefined;
    })
    .catch(() => undefined);

const clickAt = (page: Page) => page.evaluate(() => performance.timeOrigin + performance.now());

export const appPaintFigure: Figure = {
  id: "8",
  title: "MCP Apps: Run to the App's first paint (server-basic-vanillajs get-time)",
  baseline:
    "the official inspector 2.12.0's web UI, same server: selecting the App in its Apps tab (reads the resource, calls the tool, renders)",
  async run() {
    if (!pageBuilt()) return { rows: [], notes: ["SKIPPED: the page is not built (dist/page/index.html); run `npm run build`"] };
    if (!chromiumPath()) return { rows: [], notes: ["SKIPPED: no Chromium (set CHROMIUM_PATH or install chromium)"] };
    const ours = await startLauncher(SERVER);
    const [port, sandbox, appOrigin] = [await freePort(), await freePort(), await freePort()];
    const official = await startUntil(
      process.execPath,
      [OFFICIAL, "--web", ...SERVER],
      /(http:\/\/127\.0\.0\.1:\d+\/?\?MCP_INSPECTOR_API_TOKEN=[0-9a-f]+)/,
      {
        cwd: ROOT,
        detached: true,
        env: {
          ...process.env,
          CLIENT_PORT: String(port),
          MCP_SANDBOX_PORT: String(sandbox),
          MCP_APP_ORIGIN_PORT: String(appOrigin),
          MCP_AUTO_OPEN_ENABLED: "false",
          MCP_INSPECTOR_SECRET_STORE: "memory",
        },
      },
    );
    const browser = (await launchChromium())!;
    const mine: number[] = [];
    const theirs: number[] = [];
    const outOfView: string[] = [];
    const traceNotes: string[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      for (let i = 0; i < RUNS + 1; i++) {
        // Ours: the Apps view, Get Time, Run get-time.
        await page.goto(ours.url);
        await page.getByTestId("session-status").filter({ hasText: "Connected" }).waitFor({ timeout: 30_000 });
        await page.getByRole("tab", { name: "Apps" }).click();
        await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "Get Time", exact: true }).click();
        const t0 = await clickAt(page);
        await page.getByRole("button", { name: "Run get-time" }).click();
        const ourPaint = await appPaint(page, t0);
        const a = ourPaint.t - t0;

        // The official: connect the ad-hoc server, its Apps tab, select Get Time.
        await page.goto(official.match[1]);
        await page.getByRole("switch", { name: /Connect or disconnect/ }).check({ force: true });
        await page.getByText("Connected", { exact: true }).waitFor({ timeout: 30_000 });
        await page.getByRole("banner").getByText("Apps", { exact: true }).click();
        const t1 = await clickAt(page);
        await page.getByRole("button", { name: /^Get Time/ }).click();
        const theirPaint = await appPaint(page, t1);
        const b = theirPaint.t - t1;
        if (i === 0) continue; // warm-up: caches, the first navigation of each origin
        if (!ourPaint.inView) outOfView.push(`ours, run ${i}`);
        if (!theirPaint.inView) outOfView.push(`official, run ${i}`);
        mine.push(a);
        theirs.push(b);
      }
      const traceDir = process.env.APP_PAINT_TRACE;
      if (traceDir) {
        mkdirSync(traceDir, { recursive: true });
        await page.goto(ours.url);
        await page.getByTestId("session-status").filter({ hasText: "Connected" }).waitFor({ timeout: 30_000 });
        await page.getByRole("tab", { name: "Apps" }).click();
        await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "Get Time", exact: true }).click();
        await page.waitForTimeout(500);
        traceNotes.push(
          ...(await traced(browser, page, path.join(traceDir, "ours.json"), "ours", () =>
            page.getByRole("button", { name: "Run get-time" }).click(),
          )),
        );
        await page.goto(official.match[1]);
        await page.getByRole("switch", { name: /Connect or disconnect/ }).check({ force: true });
        await page.getByText("Connected", { exact: true }).waitFor({ timeout: 30_000 });
        await page.getByRole("banner").getByText("Apps", { exact: true }).click();
        await page.waitForTimeout(500);
        traceNotes.push(
          ...(await traced(browser, page, path.join(traceDir, "official.json"), "official", () =>
            page.getByRole("button", { name: /^Get Time/ }).click(),
          )),
        );
      }
    } finally {
      await browser.close();
      await ours.stop();
      await stopGroup(official.child);
    }
    const flood = await floodRuns(process.env.APP_PAINT_TRACE);
    const m = median(mine);
    const t = median(theirs);
    const rows: Row[] = [
      {
        metric: "Run to the App's first paint, median",
        unit: "ms",
        inspector: round(m, 0),
        baseline: round(t, 0),
        ratio: round(m / t, 2),
        target: "≤ 0.4× the official's, in view",
        met: m <= 0.4 * t && !outOfView.some((o) => o.startsWith("ours")),
      },
      {
        metric: "50,000 notifications from an App: the page's longest task after the first second, median",
        unit: "ms",
        inspector: round(median(flood.flood), 0),
        baseline: round(median(flood.quiet), 0),
        target: "≤ 50 ms",
        met: median(flood.flood) <= 50,
      },
    ];
    return {
      rows,
      notes: [
        `median of ${RUNS} runs after one warm-up, alternating with the baseline, at 1280×800; ours ${mine.map((x) => round(x, 0)).join(", ")}; official ${theirs.map((x) => round(x, 0)).join(", ")}`,
        outOfView.length ? `painted out of view: ${outOfView.join("; ")}` : "every App painted in view",
        ...flood.traceNotes,
        `flood: ${FLOOD_RUNS} runs each, interleaved, a fresh page each; the longest page task (0: none over 50 ms, the longtask threshold) from 1 s after Run until 5 s after the App was stopped (the flood) or answered (the quiet App), the Theme changed at 1 s after: flood ${flood.flood.map((x) => round(x, 0)).join(", ")}; quiet App ${flood.quiet.map((x) => round(x, 0)).join(", ")}; Run to the App stopped for its flood took ${flood.posting.map((x) => round(x, 0)).join(", ")} ms; the proxy dropped ${flood.dropped.join(", ")}`,
        ...traceNotes,
      ],
    };
  },
};

/**
 * The flood bound's runs: the `flood` App and the quiet `forge` App, interleaved, each on a fresh
 * page; with `traceDir`, one more flood run under a Chromium trace (<dir>/flood.json) and the
 * page's long tasks in it, each with its main thread's own CPU time: a task whose CPU time is far
 * below its length was the page waiting for a core (the App's and the proxy's processes share two), not running.
 */
async function floodRuns(traceDir?: string) {
  const out = {
    flood: [] as number[],
    quiet: [] as number[],
    posting: [] as number[],
    dropped: [] as number[],
    traceNotes: [] as string[],
  };
  const inspector = await startLauncher(HOSTILE);
  const browser = (await launchChromium())!;
  try {
    for (let i = 0; i < FLOOD_RUNS; i++) {
      for (const tool of ["flood", "forge"] as const) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        try {
          const r = await floodOnce(page, inspector.url, tool);
          (tool === "flood" ? out.flood : out.quiet).push(r.longest);
          if (tool === "flood") {
            out.posting.push(r.posting);
            out.dropped.push(r.dropped);
          }
        } finally {
          await page.close();
        }
      }
    }
    if (traceDir) {
      mkdirSync(traceDir, { recursive: true });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        out.traceNotes.push(...(await floodTraced(browser, page, inspector.url, path.join(traceDir, "flood.json"))));
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await inspector.stop();
  }
  return out;
}

/** One flood run under a trace, and the page's main-thread tasks over 50 ms after the first second: wall and CPU time, what ran in each. */
async function floodTraced(browser: Browser, page: Page, url: string, file: string): Promise<string[]> {
  await browser.startTracing(page, {
    path: file,
    categories: ["devtools.timeline", "toplevel", "disabled-by-default-devtools.timeline", "blink.user_timing"],
  });
  let r: Awaited<ReturnType<typeof floodOnce>>;
  try {
    r = await floodOnce(page, url, "flood", () => page.evaluate(() => performance.mark("bench-flood")));
  } finally {
    await browser.stopTracing();
  }
  const events = (JSON.parse(readFileSync(file, "utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const mark = events.find((e) => e.name === "bench-flood");
  if (!mark) return [`flood trace: no mark in ${file}`];
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") threadNames.set(`${e.pid}/${e.tid}`, String(e.args?.name ?? ""));
  const main = events.filter((e) => e.pid === mark.pid && threadNames.get(`${e.pid}/${e.tid}`) === "CrRendererMain" && e.ph === "X");
  // The App began posting about when the mark was made; its first second is the burst the proxy relays.
  const from = mark.ts + 1_000_000;
  const long = main.filter((e) => e.name === "ThreadControllerImpl::RunTask" && e.ts > from && (e.dur ?? 0) > 50_000);
  const cpu = (e: TraceEvent) => ((e as TraceEvent & { tdur?: number }).tdur ?? 0) / 1000;
  const lines = long.map((t) => {
    const inside = main
      .filter(
        (k) => k !== t && k.ts >= t.ts && k.ts <= t.ts + (t.dur ?? 0) && k.name !== "ThreadControllerImpl::RunTask" && k.name !== "RunTask",
      )
      .filter((k) => (k.dur ?? 0) >= 5_000)
      .slice(0, 5)
      .map((k) => `${k.name} ${((k.dur ?? 0) / 1000).toFixed(0)}/${cpu(k).toFixed(0)}`);
    return `${((t.ts - mark.ts) / 1000).toFixed(0)} ms: ${((t.dur ?? 0) / 1000).toFixed(0)} ms long, ${cpu(t).toFixed(0)} ms CPU (${inside.join(", ") || "no child over 5 ms"})`;
  });
  return [
    `flood trace (${file}): the page's longest task ${r.longest.toFixed(0)} ms; its main-thread tasks over 50 ms after the first second (wall/CPU ms): ${lines.join("; ") || "none"}`,
  ];
}

async function floodOnce(page: Page, url: string, tool: "flood" | "forge", beforeRun?: () => Promise<unknown>) {
  await page.goto(url);
  await page.getByTestId("session-status").filter({ hasText: "Connected" }).waitFor({ timeout: 30_000 });
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
    }).observe({ type: "longtask" });
  });
  await page.getByRole("tab", { name: "Apps" }).click();
  await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: tool, exact: true }).click();
  await beforeRun?.();
  const before = await clickAt(page);
  await page.getByRole("button", { name: `Run ${tool}` }).click();
  const panel = page.getByTestId("app-panel");
  // The flood App is stopped by the proxy while it posts (lib/apps/sandbox-events.ts FLOOD_DROPS), so
  // its own marks are gone with it: its window starts at Run (before its loop began: stricter) and
  // ends where the page says it stopped it. The quiet App's window ends where it showed its answer.
  if (tool === "flood") await panel.getByTestId("app-flooded").waitFor({ timeout: 60_000 });
  else await panel.frameLocator('[data-testid="app-frame"]').frameLocator("iframe").locator("body[data-done]").waitFor({ timeout: 60_000 });
  const start = before;
  const end = await clickAt(page);
  await waitUntil(page, end + 1000);
  await panel.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await waitUntil(page, end + 5000);
  const long = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
  const late = long.filter((t) => t.start > start + 1000);
  const dropped = Number(
    /dropped (\d+)/.exec(
      (await panel
        .getByTestId("app-proxy-dropped")
        .textContent({ timeout: 1000 })
        .catch(() => "")) ?? "",
    )?.[1] ?? 0,
  );
  return { longest: Math.max(0, ...late.map((t) => t.duration)), posting: end - start, dropped };
}

async function waitUntil(page: Page, epoch: number) {
  const now = await clickAt(page);
  if (epoch > now) await page.waitForTimeout(epoch - now);
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/**
 * One Run under a Chromium trace (every process: the page, the sandbox's, the App's), written to
 * `file`, and a summary: the milestones after the click and each process's busiest tasks until
 * the App's first contentful paint.
 */
async function traced(browser: Browser, page: Page, file: string, side: string, run: () => Promise<void>): Promise<string[]> {
  await browser.startTracing(page, {
    path: file,
    categories: [
      "devtools.timeline",
      "blink.user_timing",
      "loading",
      "navigation",
      "toplevel",
      "disabled-by-default-devtools.timeline",
      ...(process.env.APP_PAINT_CPU ? ["disabled-by-default-v8.cpu_profiler"] : []),
    ],
  });
  await page.evaluate(() => performance.mark("bench-run"));
  const t0 = await clickAt(page);
  await run();
  const paint = await appPaint(page, t0);
  await page.waitForTimeout(300);
  await browser.stopTracing();
  const events = (JSON.parse(readFileSync(file, "utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const names = new Map<number, string>();
  for (const e of events) {
    if (e.ph === "M" && e.name === "process_labels") names.set(e.pid, String(e.args?.labels ?? ""));
    if (e.ph === "M" && e.name === "process_name" && !names.get(e.pid)) names.set(e.pid, String(e.args?.name ?? ""));
  }
  const mark = events.find((e) => e.name === "bench-run");
  if (!mark) return [`trace (${side}): no run mark in ${file}`];
  const at = (e: TraceEvent) => ((e.ts - mark.ts) / 1000).toFixed(0);
  const end = mark.ts + (paint.t - t0 + 50) * 1000;
  const inRun = events.filter((e) => e.ts >= mark.ts && e.ts <= end);
  const milestones = inRun
    .filter(
      (e) =>
        e.name === "ResourceSendRequest" ||
        e.name === "ResourceFinish" ||
        e.name === "firstContentfulPaint" ||
        (e.name === "navigationStart" && e.ph !== "M"),
    )
    .map((e) => {
      const data = (e.args?.data ?? {}) as Record<string, unknown>;
      const what = String(data.url ?? (e.args?.frame as string | undefined) ?? "").replace(/\?.*/, "");
      return `${at(e)} ms ${e.name}${what ? ` ${what}` : ""} [${names.get(e.pid)?.slice(0, 40) || e.pid}]`;
    });
  const busy = new Map<string, { total: number; longest: number; count: number }>();
  for (const e of inRun) {
    if (e.ph !== "X" || !e.dur || !(e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask")) continue;
    const key = `${names.get(e.pid)?.slice(0, 40) || e.pid}/${e.tid}`;
    const b = busy.get(key) ?? { total: 0, longest: 0, count: 0 };
    b.total += e.dur / 1000;
    b.longest = Math.max(b.longest, e.dur / 1000);
    b.count++;
    busy.set(key, b);
  }
  const top = [...busy.entries()]
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, 6)
    .map(([k, b]) => `${k}: ${b.total.toFixed(0)} ms in ${b.count} tasks (longest ${b.longest.toFixed(0)})`);
  return [
    `trace (${side}, ${file}): Run to the App's first paint ${round(paint.t - t0, 0)} ms; milestones: ${milestones.join("; ")}`,
    `trace (${side}): busiest threads until the paint: ${top.join("; ")}`,
  ];
}

// Figure 8 (MCP Apps, issues 24 and 50): from pressing Run on server-basic-vanillajs's get-time in
// the Apps view to the App's first contentful paint (in the App's own document, the innermost
// frame), in Chromium, counted only when the App is in view then (its frame on screen: an App
// painted below the fold is not what the person sees). Baseline: the official inspector 2.12.0's
// web UI on the same server, the same run: selecting the App in its Apps tab (which reads the
// ui:// resource, calls the tool and renders the App). Both are timed on the browser's one clock:
// the click's time in the page, the paint's in the App.
import path from "node:path";
import type { Frame, Page } from "@playwright/test";
import type { Figure, Row } from "../figure";
import { ROOT, chromiumPath, pageBuilt } from "../env";
import { launchChromium } from "../browser";
import { startLauncher } from "../launcher-run";
import { startUntil, stopGroup } from "../proc";
import { freePort } from "../ports";
import { median, round } from "../stats";

const RUNS = 5;
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
    } finally {
      await browser.close();
      await ours.stop();
      await stopGroup(official.child);
    }
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
    ];
    return {
      rows,
      notes: [
        `median of ${RUNS} runs after one warm-up, alternating with the baseline, at 1280×800; ours ${mine.map((x) => round(x, 0)).join(", ")}; official ${theirs.map((x) => round(x, 0)).join(", ")}`,
        outOfView.length ? `painted out of view: ${outOfView.join("; ")}` : "every App painted in view",
      ],
    };
  },
};

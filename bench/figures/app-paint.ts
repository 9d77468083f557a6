// Figure 8 (MCP Apps, issue 24): from pressing Run on server-basic-vanillajs's get-time to the
// App's first contentful paint (in the App's own document, the innermost frame), in Chromium.
// Baseline: the official inspector 2.12.0's web UI on the same server, the same run: selecting
// the App in its Apps tab (which reads the ui:// resource, calls the tool and renders the App).
// Both are timed on the browser's one clock: the click's time in the page, the paint's in the App.
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

/** Epoch ms of the first contentful paint of an App document (an about:srcdoc frame) that started after `after`. */
async function appPaint(page: Page, after: number, timeoutMs = 30_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const f of page.frames()) {
      if (f.url() !== "about:srcdoc") continue;
      const t = await paintOf(f);
      if (t !== undefined && t > after) return t;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("the App did not paint within 30 s");
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
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      for (let i = 0; i < RUNS + 1; i++) {
        // Ours: the Tools tab, get-time, Run.
        await page.goto(ours.url);
        await page.getByTestId("session-status").filter({ hasText: "Connected" }).waitFor({ timeout: 30_000 });
        await page.getByRole("tab", { name: "Tools" }).click();
        await page.getByTestId("tool-get-time").click();
        const t0 = await clickAt(page);
        await page.getByRole("button", { name: "Run tool" }).click();
        const a = (await appPaint(page, t0)) - t0;

        // The official: connect the ad-hoc server, its Apps tab, select Get Time.
        await page.goto(official.match[1]);
        await page.getByRole("switch", { name: /Connect or disconnect/ }).check({ force: true });
        await page.getByText("Connected", { exact: true }).waitFor({ timeout: 30_000 });
        await page.getByRole("banner").getByText("Apps", { exact: true }).click();
        const t1 = await clickAt(page);
        await page.getByRole("button", { name: /^Get Time/ }).click();
        const b = (await appPaint(page, t1)) - t1;
        if (i === 0) continue; // warm-up: caches, the first navigation of each origin
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
        target: "≤ 1.0× the official's",
        met: m <= t,
      },
    ];
    return {
      rows,
      notes: [
        `median of ${RUNS} runs after one warm-up, alternating with the baseline; ours ${mine.map((x) => round(x, 0)).join(", ")}; official ${theirs.map((x) => round(x, 0)).join(", ")}`,
      ],
    };
  },
};

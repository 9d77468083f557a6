import fs from "node:fs";
import type { FrameLocator, Locator, Page } from "@playwright/test";
import { expect, repoPath, sharedInspectors, test } from "./inspector";

// Issue 50: the Apps view is the App. The official example App servers from npm (pinned
// devDependencies), over stdio: pick the App tool, Run, and the App fills the stage, in view, at
// its column's width and its content's height. Screenshots of each whole App at 1280×800 and
// 420 px go to APPS_SHOTS (a folder) when it is set.
const server = (name: string) => [process.execPath, repoPath(`node_modules/@modelcontextprotocol/${name}/dist/index.js`), "--stdio"];
const SHOTS = process.env.APPS_SHOTS;
// One launcher per example server, shared by its tests: each reads only its own run of the App.
const inspectorOf = sharedInspectors();

async function runInAppsView(page: Page, tool: string, label: string): Promise<FrameLocator> {
  await page.getByRole("tab", { name: "Apps" }).click();
  await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: label, exact: true }).click();
  await page.getByRole("button", { name: `Run ${tool}` }).click();
  return page.getByTestId("app-panel").frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
}

/** The App's content height, measured in its own document as ext-apps measures it (the root at max-content). */
const contentHeight = (app: FrameLocator) =>
  app.locator("html").evaluate((html: HTMLElement) => {
    const was = html.style.height;
    html.style.height = "max-content";
    const h = Math.ceil(html.getBoundingClientRect().height);
    html.style.height = was;
    return h;
  });

/** The frame fills its column, is as tall as its content, and is on screen from its top. */
async function expectFitted(page: Page, app: FrameLocator, frame: Locator, stage: Locator) {
  const viewport = page.viewportSize()!;
  await expect(async () => {
    const f = (await frame.boundingBox())!;
    const s = (await stage.boundingBox())!;
    // The column's width, not an emulated 720 px cut off or scrolled sideways.
    expect(Math.abs(f.width - s.width)).toBeLessThanOrEqual(1);
    expect(f.x + f.width).toBeLessThanOrEqual(viewport.width);
    // Its content's height (no inner scroll, no gap).
    expect(Math.abs(f.height - (await contentHeight(app)))).toBeLessThanOrEqual(1);
    // In view: its top on screen, below the page's sticky header, without the person scrolling.
    const header = (await page.locator("header.app-header").boundingBox())!;
    expect(f.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(f.y).toBeLessThan(viewport.height * 0.5);
  }).toPass();
  expect(await page.getByTestId("app-overflow").count()).toBe(0);
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: `${SHOTS}/${name}-${page.viewportSize()!.width}.png` });
}

const CASES = [
  {
    server: "server-budget-allocator",
    tool: "get-budget-data",
    label: "Get Budget Data",
    ready: (app: FrameLocator) => app.locator("#budget-chart"),
  },
  {
    server: "server-basic-vanillajs",
    tool: "get-time",
    label: "Get Time",
    ready: (app: FrameLocator) => app.getByRole("button", { name: "Get Server Time" }),
  },
  {
    server: "server-basic-react",
    tool: "get-time",
    label: "Get Time",
    ready: (app: FrameLocator) => app.getByRole("button", { name: "Get Server Time" }),
  },
];

for (const c of CASES) {
  for (const width of [1280, 420]) {
    test(`${c.server} at ${width} px: Run in the Apps view and the App fills its column, in view, at its content's height`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      const inspector = await inspectorOf(server(c.server));
      await page.goto(inspector.url);
      const app = await runInAppsView(page, c.tool, c.label);
      await expect(c.ready(app)).toBeVisible();
      const panel = page.getByTestId("app-panel");
      await expectFitted(page, app, panel.getByTestId("app-frame"), panel.getByTestId("app-stage"));
      await shot(page, `apps-view-${c.server}`);
    });
  }
}

test("the Tools tab: the budget allocator's App, painted below the result, is as tall as its content and brought into view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const inspector = await inspectorOf(server("server-budget-allocator"));
  await page.goto(inspector.url);
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByTestId("tool-get-budget-data").click();
  await page.getByRole("button", { name: "Run tool" }).click();
  const app = page.getByTestId("app-panel").frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
  await expect(app.locator("#budget-chart")).toBeVisible();
  const panel = page.getByTestId("app-panel");
  await expectFitted(page, app, panel.getByTestId("app-frame"), panel.getByTestId("app-stage"));
  expect(await contentHeight(app)).toBeGreaterThan(400);
  await shot(page, "tools-tab-budget");
});

test("a fixed emulated width wider than the column: the App is shown scaled to it, and the stage says so", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const inspector = await inspectorOf(server("server-budget-allocator"));
  await page.goto(inspector.url);
  const app = await runInAppsView(page, "get-budget-data", "Get Budget Data");
  await expect(app.locator("#budget-chart")).toBeVisible();
  const panel = page.getByTestId("app-panel");
  await panel.getByRole("spinbutton", { name: "Width" }).fill("2000");
  const note = panel.getByTestId("app-overflow");
  await expect(note).toContainText(/The emulated width, 2000 px, is wider than this column \(\d+ px\): the App is shown at \d+ %/);
  await expect(panel.getByRole("checkbox", { name: /Fit column/ })).not.toBeChecked();
  // Scaled, not cut: the frame's drawn box is the column's width.
  const stage = (await panel.getByTestId("app-stage").boundingBox())!;
  const frame = (await panel.getByTestId("app-frame").boundingBox())!;
  expect(Math.abs(frame.width - stage.width)).toBeLessThanOrEqual(2);
  // The same App, still drawn: a change of scale once moved the frame into a new box, and React
  // made a new, empty iframe of it (the scaled screenshot was blank).
  await expect(app.locator("#budget-chart")).toBeVisible();
  await expect(panel.getByTestId("app-frame")).toHaveCount(1);
  await shot(page, "apps-view-scaled");
  await panel.getByRole("checkbox", { name: /Fit column/ }).check();
  await expect(note).toHaveCount(0);
});

import type { Locator } from "@playwright/test";
import { encodeSessionLink } from "../lib/session/share-link";
import type { SessionFile } from "../lib/session/file";
import { listAll } from "../server/headless/listing";
import { recordSession } from "../test/helpers/sessions";
import { fixture } from "../test/helpers/fixtures";
import { expect, repoPath, startInspector, test } from "./inspector";
import { openDemo } from "./protocol-helpers";
import { screenshots } from "./shots";

// The seventh walk (issue 92's own walk, with the published ext-apps examples). WALK7_SHOTS=<folder>
// writes screenshots, light and dark, at 1440 × 900 and 420 px.
const SHOTS = process.env.WALK7_SHOTS;

let recording: SessionFile;
test.beforeAll(async () => {
  recording = await recordSession(fixture("versioned-server", [], { SURFACE_VERSION: "1" }), async (e) => {
    await listAll(e, "tools/list", "tools");
  });
});

/** How many lines the element's text is drawn on (distinct tops of its text's boxes). */
const linesOf = (el: Locator) =>
  el.evaluate((node) => {
    const r = document.createRange();
    r.selectNodeContents(node);
    return new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top))).size;
  });

test("at 420 px the header's controls each keep one line, inside the header, and the protocol version is not split", async ({
  page,
  demo,
}) => {
  await page.setViewportSize({ width: 420, height: 900 });
  await openDemo(page, demo.url);
  const header = page.locator("header.app-header");
  const newTab = header.getByRole("button", { name: "Open in a new tab" });
  const share = header.getByRole("button", { name: "Share / export…" });
  // "New tab" on two lines read as two buttons ("New" over "tab"), taller than its row.
  expect(await linesOf(newTab)).toBe(1);
  expect(await linesOf(share)).toBe(1);
  const box = (await header.boundingBox())!;
  for (const control of [newTab, share, header.getByRole("combobox", { name: "Theme" })]) {
    const b = (await control.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
    // Its whole label shown: a select squeezed narrower than its text cut "System theme" off.
    expect(await control.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }
  expect(await linesOf(header.getByTestId("header-protocol"))).toBe(1);
  // The actions and the version share one row: the sticky header is not a fifth of the screen.
  const tops = await header
    .locator(".header-actions > *")
    .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)));
  expect(new Set(tops).size, `the header's controls by row: ${tops}`).toBe(1);
  await screenshots(SHOTS, page, "walk7-header", { widths: [420] });
  // What a header control opens keeps its own wrapping: the Share dialog's text is not cut at its edge.
  await share.click();
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog.getByTestId("share-review")).toBeVisible();
  expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth + 1)).toBe(true);
  await screenshots(SHOTS, page, "walk7-share-dialog", { widths: [420] });
});

test("at 420 px a shared recording's header keeps 'protocol 2025-11-25' whole", async ({ page, demo }) => {
  const { url } = await encodeSessionLink(recording, demo.origin);
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(url);
  await expect(page.getByTestId("recording-view")).toBeVisible();
  expect(await linesOf(page.locator("header.app-header").getByTestId("header-protocol"))).toBe(1);
  await screenshots(SHOTS, page, "walk7-recording-header", { widths: [420] });
});

test("at 420 px the map example's failures fit the column: the stage's notice and the App's findings wrap their URLs", async ({ page }) => {
  // The walk had no network; a run with some refuses the App's CDN the same way.
  await page.context().route(/^https:\/\/([^/]*\.)?(cesium\.com|openstreetmap\.org)\//, (r) => r.abort("namenotresolved"));
  const own = await startInspector([process.execPath, repoPath("node_modules/@modelcontextprotocol/server-map/dist/index.js"), "--stdio"]);
  try {
    await page.setViewportSize({ width: 420, height: 900 });
    await openDemo(page, own.url);
    await page.getByRole("tab", { name: "Apps" }).click();
    await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "Show Map", exact: true }).click();
    await page.getByRole("button", { name: "Run show-map" }).click();
    const panel = page.getByTestId("app-panel");
    await expect(panel.getByTestId("app-load-failed-url")).toHaveCount(2);
    const findings = panel.locator('.app-finding[data-rule="apps/app-error"]');
    await expect(findings).toHaveCount(3);
    // Each one's text inside its own box, and the box inside the column: a CDN URL ran past both.
    for (const el of [panel.getByTestId("app-load-failed"), ...(await findings.all())]) {
      expect(await el.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
      const b = (await el.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(420);
    }
    await screenshots(SHOTS, page, "walk7-map-failures", { view: findings.first(), widths: [420, 1440] });
  } finally {
    await own.stop();
  }
});

test("on a dark page an App is told the host is dark: server-debug's App reads theme dark from its host context", async ({ page }) => {
  const own = await startInspector([
    process.execPath,
    repoPath("node_modules/@modelcontextprotocol/server-debug/dist/index.js"),
    "--stdio",
  ]);
  try {
    await page.emulateMedia({ colorScheme: "dark" });
    await openDemo(page, own.url);
    await page.getByRole("tab", { name: "Apps" }).click();
    await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "Debug Tool", exact: true }).click();
    await page.getByRole("button", { name: "Run debug-tool" }).click();
    const panel = page.getByTestId("app-panel");
    const app = panel.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
    // The App's own Host Info, from what ui/initialize answered (a light App on the dark page before).
    await expect(app.getByText("Theme", { exact: true })).toBeVisible();
    await expect(app.getByText("dark", { exact: true })).toBeVisible();
    await expect(panel.getByRole("group", { name: "Host emulation" }).getByRole("combobox", { name: /^Theme/ })).toHaveValue("dark");
    await screenshots(SHOTS, page, "walk7-debug-dark", { schemes: ["dark"] });
  } finally {
    await own.stop();
  }
});

import type { Page } from "@playwright/test";
import { expect, repoPath, sharedInspectors, startInspector, test } from "./inspector";

// Issue 50, figure 8: the sandbox proxy an App runs in is loaded while the person picks the App
// and fills its input, and moved into place at Run (Element.moveBefore keeps its document), so Run
// waits for no proxy navigation. Where a move would reload the frame, the App loads its own proxy.
const BASIC = [process.execPath, repoPath("node_modules/@modelcontextprotocol/server-basic-vanillajs/dist/index.js"), "--stdio"];
// One launcher on the example for the two tests that read only their own page.
const inspectorOf = sharedInspectors();

/**
 * Counts the navigations of App proxy frames (not the idle warm-up's) from now on: of a frame that
 * is an App's (`app`), or of a standby loaded ahead for the next Run (`standby`, named so by its
 * element when it navigates). A standby's replacement loads once the App that took it has loaded.
 */
function proxyNavigations(page: Page): () => { app: number; standby: number } {
  const n = { app: 0, standby: 0 };
  page.on("framenavigated", (f) => {
    const url = f.url();
    if (!/\/sandbox\?/.test(url) || /[?&]warm=1/.test(url)) return;
    void f
      .frameElement()
      .then((el) => el.getAttribute("data-testid"))
      .then(
        (id) => void (id === "app-proxy-standby" ? n.standby++ : n.app++),
        () => void n.app++,
      );
  });
  return () => ({ ...n });
}

async function pickAndRun(page: Page) {
  await page.getByRole("tab", { name: "Apps" }).click();
  await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "Get Time", exact: true }).click();
}

const messages = (page: Page) => page.getByTestId("app-panel").getByTestId("app-message").locator("summary code");

test("a picked App runs in the proxy loaded before Run: no proxy loads after Run, its log starts with the proxy's ready, and it works", async ({
  page,
}) => {
  const inspector = await inspectorOf(BASIC);
  await page.goto(inspector.url);
  await pickAndRun(page);
  // The standby proxy, loaded and out of sight, before Run.
  const standby = page.getByTestId("app-proxy-standby");
  await expect(standby).toHaveCount(1);
  await expect(standby).not.toBeInViewport();
  await expect.poll(() => page.frames().some((f) => /\/sandbox\?/.test(f.url()) && !/warm=1/.test(f.url()))).toBe(true);
  const navigations = proxyNavigations(page);

  await page.getByRole("button", { name: "Run get-time", exact: true }).click();
  const app = page.getByTestId("app-panel").frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
  await expect(app.getByRole("button", { name: "Get Server Time" })).toBeVisible();
  // The standby became the App's frame: moved, not loaded again.
  expect(navigations().app).toBe(0);
  await expect(page.getByTestId("app-panel").getByTestId("app-frame")).toBeInViewport();
  // Its ready notice came before this App's bridge listened; it is still the log's first message, before the App's document.
  await expect(messages(page).first()).toHaveText("ui/notifications/sandbox-proxy-ready");
  await expect(messages(page).nth(1)).toHaveText("ui/notifications/sandbox-resource-ready");
  // And the App works through it: its call reaches the server.
  await app.getByRole("button", { name: "Get Server Time" }).click();
  await expect(app.locator("#server-time")).toHaveText(/\d{4}-\d\d-\d\dT/);

  // The next Run gets a standby of its own once this App has loaded, and again needs no proxy load.
  await expect(page.getByTestId("app-proxy-standby")).toHaveCount(1, { timeout: 10_000 });
  await expect.poll(() => navigations().standby).toBe(1);
  await page.getByRole("button", { name: "Run get-time", exact: true }).click();
  await expect(app.getByRole("button", { name: "Get Server Time" })).toBeVisible();
  await expect(page.getByTestId("app-panel").getByTestId("app-frame")).toHaveCount(1);
  expect(navigations().app).toBe(0);
});

test("where a frame cannot be moved without a reload, nothing is loaded ahead and the App loads its own proxy", async ({ page }) => {
  await page.addInitScript(() => {
    delete (Element.prototype as { moveBefore?: unknown }).moveBefore;
  });
  const inspector = await inspectorOf(BASIC);
  await page.goto(inspector.url);
  await pickAndRun(page);
  await expect(page.getByTestId("app-sandbox-warmup")).toHaveCount(1);
  const navigations = proxyNavigations(page);
  await page.getByRole("button", { name: "Run get-time", exact: true }).click();
  const app = page.getByTestId("app-panel").frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
  await expect(app.getByRole("button", { name: "Get Server Time" })).toBeVisible();
  await expect(page.getByTestId("app-proxy-standby")).toHaveCount(0);
  await expect.poll(() => navigations()).toEqual({ app: 1, standby: 0 });
  await expect(messages(page).first()).toHaveText("ui/notifications/sandbox-proxy-ready");
  await app.getByRole("button", { name: "Get Server Time" }).click();
  await expect(app.locator("#server-time")).toHaveText(/\d{4}-\d\d-\d\dT/);
});

// The App is brought into view whole although the pane it scrolls in starts at a fractional y (a
// header of fractional height): a scroll offset is whole pixels, so scrollIntoView alone left it
// 0.44 px short (features/apps/reveal.ts).
test("the Tools tab: an App up before its slow result is brought into view again when the result renders above it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const inspector = await startInspector([process.execPath, repoPath("test/fixtures/app-server.mjs")]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Tools" }).click();
    await page.getByTestId("tool-slow-panel").click();
    await page.getByRole("spinbutton", { name: /^waitMs/ }).fill("2500");
    await page.getByRole("button", { name: "Run tool" }).click();
    const panel = page.getByTestId("app-panel");
    const app = panel.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
    // The App is up (its proxy loaded ahead) while the call still runs: no result yet.
    await expect(app.locator("#title")).toHaveText("Fixture panel");
    await expect(page.getByTestId("tool-result")).toHaveCount(0);
    // Then 60 lines of result render above it (pushing it down, partly out of view, with no scroll
    // to anchor it); the App is brought into view again, whole.
    await expect(page.getByTestId("tool-result")).toContainText("line 60 of the slow panel's result", { timeout: 10_000 });
    await expect(app.locator("#result")).toContainText("line 1 of");
    await expect(panel.getByTestId("app-frame")).toBeInViewport({ ratio: 1 });
  } finally {
    await inspector.stop();
  }
});

import { expect, test } from "./inspector";

/** One of the page's script chunks (their URLs carry a query: `…/chunks/x.js?r=…`). */
const pageScript = (url: URL) => url.pathname.startsWith("/_next/static/chunks/") && url.pathname.endsWith(".js");

// Issue 89: the page's first load holds what the first view shows; a tab's code loads when the tab
// is first opened. While it arrives the tab says what is coming, never a blank.
test("a tab's code loads when it is first opened: 'Loading the tools…' until it has, then the tools", async ({ page, demo }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(demo.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  const atStart = scripts.length;

  // Every script the page asks for from now on waits until the loading state has been seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pageScript, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole("tab", { name: "Tools" }).click();
  const panel = page.getByRole("tabpanel", { name: "Tools" });
  await expect(panel.getByRole("status")).toHaveText("Loading the tools…");
  expect(scripts.length).toBeGreaterThan(atStart);
  release();
  await expect(panel.getByTestId("tool-get-sum")).toBeVisible();
  await expect(panel.getByRole("status").filter({ hasText: "Loading the tools…" })).toHaveCount(0);
});

test("a tab whose code cannot be loaded says so in its place, and the rest of the page stays", async ({ page, demo }) => {
  await page.goto(demo.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  await page.route(pageScript, (route) => route.abort());
  await page.getByRole("tab", { name: "Prompts" }).click();
  const failed = page.getByRole("tabpanel", { name: "Prompts" }).getByRole("alert");
  await expect(failed).toContainText("Could not load the prompts");
  await expect(failed.getByRole("button", { name: "Reload the page" })).toBeVisible();
  // The rest of the page is still there and still works.
  await page.getByRole("tab", { name: "Server" }).click();
  await expect(page.getByRole("tabpanel", { name: "Server" })).toBeVisible();
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
});

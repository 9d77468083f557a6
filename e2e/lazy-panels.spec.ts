import { expect, test } from "./inspector";

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
  await page.route("**/_next/static/chunks/*.js", async (route) => {
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

import { expect, startInspector, test, type RunningInspector } from "./inspector";
import { openDemo, pickTool } from "./protocol-helpers";

// The working area comes first: every tab whole in sight, lists that show what they hold, a filter, and
// on a phone the connection settings out of the way once connected.
let demo: RunningInspector;
test.beforeAll(async () => {
  demo = await startInspector(["--demo"]);
});
test.afterAll(async () => demo?.stop());

for (const width of [1440, 1920]) {
  test(`at ${width} px every tab is whole in sight (two rows of groups at most) and the tool list shows most tools; the filter narrows it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(demo.url);
    await expect(page.getByTestId("session-status")).toHaveText("Connected");
    const tablist = page.getByRole("tablist", { name: "Server features" });
    const tabs = tablist.getByRole("tab");
    // Every tab is visible without scrolling the bar, in one row per group at most (issue 54 item 1).
    const bar = (await tablist.boundingBox())!;
    const rows = new Set<number>();
    for (const tab of await tabs.all()) {
      const t = (await tab.boundingBox())!;
      rows.add(Math.round(t.y));
      expect(t.x + t.width, (await tab.textContent()) ?? "").toBeLessThanOrEqual(bar.x + bar.width + 1);
    }
    expect(rows.size).toBeLessThanOrEqual(2);
    expect(await tablist.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);

    await tabs.filter({ hasText: "Tools" }).click();
    const list = page.getByRole("navigation", { name: "Tools" });
    await expect(list.getByRole("listitem").first()).toBeVisible();
    const items = list.getByRole("listitem");
    const total = await items.count();
    let visible = 0;
    for (let i = 0; i < total; i++) if ((await items.nth(i).isVisible()) && (await items.nth(i).boundingBox())!.y + 20 < 900) visible++;
    expect(visible).toBeGreaterThanOrEqual(6);

    await list.getByRole("searchbox", { name: "Filter tools" }).fill("resource");
    await expect(list.getByText(/\d+ of \d+/)).toBeVisible();
    await expect(page.getByTestId("tool-echo")).toHaveCount(0);
    await expect(page.getByTestId("tool-get-resource-links")).toBeVisible();
  });
}

test("at 420 px the connection settings fold away once connected, and open again", async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(demo.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  const fold = page.getByRole("button", { name: "Show connection and session settings" });
  await expect(fold).toBeVisible();
  await expect(page.getByRole("button", { name: "Reconnect with these settings" })).toBeHidden();
  // The tabs are within the first screen.
  expect((await page.getByRole("tablist", { name: "Server features" }).boundingBox())!.y).toBeLessThan(400);
  await fold.click();
  await expect(page.getByRole("button", { name: "Reconnect with these settings" })).toBeVisible();
  await page.getByRole("button", { name: "Hide connection and session settings" }).click();
  await expect(page.getByRole("button", { name: "Reconnect with these settings" })).toBeHidden();
});

test("a sampling request that a tool call caused is answered where the person is: its form opens over the tab", async ({ page }) => {
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "trigger-sampling-request");
  await tools.getByRole("textbox", { name: /^prompt/ }).fill("cue please");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const cue = page.getByTestId("pending-cue");
  await expect(cue).toContainText("The server is waiting for you: a sampling request");
  await expect(cue).toBeInViewport();
  const dialog = page.getByRole("dialog", { name: "The server is waiting for you" });
  await expect(dialog.getByTestId("sampling-card")).toBeInViewport();
  await expect(page.getByRole("tab", { name: /^Tools/ })).toHaveAttribute("aria-selected", "true");
  await dialog.getByTestId("sampling-card").getByRole("button", { name: "Reject" }).click();
  await expect(page.getByTestId("sampling-card")).toHaveCount(0);
  await expect(page.getByTestId("pending-cue")).toHaveCount(0);
});

test("on a short screen the result of Run is brought into view", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 560 });
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "get-sum");
  await tools.getByRole("spinbutton", { name: /^a/ }).fill("20");
  await tools.getByRole("spinbutton", { name: /^b/ }).fill("22");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("42");
  await expect(tools.getByTestId("tool-result")).toBeInViewport({ ratio: 0.3 });
});

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
] as const) {
  test(`at ${width}×${height} the page itself does not scroll: its panes do`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(demo.url);
    await expect(page.getByTestId("session-status")).toHaveText("Connected");
    // The connection pane is longer than the window (its file inputs and screen-reader text lie at its end).
    const connection = page.locator(".pane-connection");
    expect(await connection.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height);
    // A wheel over the header, and a script bringing the pane's last element into view, move no part of the shell.
    await page.mouse.move(width / 2, 10);
    await page.mouse.wheel(0, 600);
    await page.getByTestId("session-file-input").evaluate((el) => el.scrollIntoView({ block: "start" }));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.locator(".app-header")).toBeInViewport();
    expect((await page.getByRole("tablist", { name: "Server features" }).boundingBox())!.y).toBeGreaterThan(0);
  });
}

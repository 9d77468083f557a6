import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { openDemo, openTab, pickTool } from "./protocol-helpers";
import { screenshots } from "./shots";

// Issue 39, "The page, third walk": each item as the walk found it, with the expected result.
// WALK3_SHOTS=<folder> writes screenshots (light and dark, 1440, 1920 and 420) of each state.
const SHOTS = process.env.WALK3_SHOTS;
const WIDTHS = [1440, 1920, 420] as const;

let demo: RunningInspector;
test.beforeAll(async () => {
  demo = await startInspector(["--demo"]);
});
test.afterAll(async () => demo?.stop());

test("1. a load run of echo with an empty message is held as Run holds it; sent anyway, every call failing is said first, in red, with the error", async ({
  page,
}) => {
  await openDemo(page, demo.url);
  await pickTool(page, "echo");
  const panel = page.locator("details.load-panel");
  await panel.locator("summary").click();
  await panel.getByRole("combobox").selectOption("count");
  await panel.getByLabel("Calls", { exact: true }).fill("200");
  await panel.getByRole("button", { name: "Start load run" }).click();
  const refused = panel.locator(".load-args-refused");
  await expect(refused).toContainText("Not started: the arguments break the tool's inputSchema");
  await expect(refused.getByRole("list", { name: "Problems with the arguments" })).toContainText("message");
  await expect(panel.getByTestId("load-counts")).toHaveCount(0);
  await screenshots(SHOTS, page, "walk3-load-held", { view: panel, widths: WIDTHS });
  await refused.getByRole("button", { name: "Send anyway" }).click();
  const summary = panel.getByRole("region", { name: "Load run summary" });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const outcome = panel.getByTestId("load-outcome");
  await expect(outcome).toContainText("Every call failed: 200 of 200");
  // The first error's own words, and one count per distinct error.
  await expect(outcome.getByRole("list", { name: "Errors by message" }).getByRole("listitem").first()).toContainText(/×200/);
  const danger = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement("span"));
    probe.style.color = "var(--danger)";
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  await expect(outcome.locator(".load-outcome-head")).toHaveCSS("color", danger);
  // The outcome comes before the figures.
  const [outcomeTop, summaryTop] = await Promise.all([outcome.boundingBox(), summary.boundingBox()]);
  expect(outcomeTop!.y).toBeLessThan(summaryTop!.y);
  await expect(panel.getByTestId("load-histogram")).toHaveAttribute("aria-label", /200 calls \(200 failed\)/);
  await expect(panel.locator(".load-bar-failed").first()).toBeVisible();
  await expect(panel.locator(".load-line-failed")).toHaveCount(1);
  await expect(summary).not.toContainText("On the wire–");
  await screenshots(SHOTS, page, "walk3-load-failed", { view: panel, widths: WIDTHS });
});

test("2. a start that fails says why in the centre: the telling line as the headline, the whole stderr tail under it", async ({ page }) => {
  const broken = await startInspector(["node", repoPath("dist", "indx.js")]);
  try {
    await page.goto(broken.url);
    const failed = page.getByTestId("failed-start");
    await expect(failed).toBeVisible();
    await expect(failed.getByRole("heading")).toContainText("Cannot find module");
    await expect(failed.getByRole("heading")).toContainText("indx.js");
    // The whole tail, down to Node's version line that comes after the error.
    await expect(failed.getByLabel("The server's stderr")).toContainText(/Node\.js v\d+/);
    await expect(page.getByTestId("connection-error-telling")).toContainText("Cannot find module");
    await screenshots(SHOTS, page, "walk3-failed-start", { widths: WIDTHS });
    // The Tools tab says it too, not "Not connected".
    const tools = await openTab(page, "Tools");
    await expect(tools.getByTestId("failed-start")).toBeVisible();
  } finally {
    await broken.stop();
  }
});

const official = (name: string) => [process.execPath, repoPath(`node_modules/@modelcontextprotocol/${name}/dist/index.js`), "--stdio"];

/** Runs an App tool of a fresh inspector on an official example server; the App's inner frame. */
async function runApp(page: import("@playwright/test").Page, url: string, tool: string) {
  await page.goto(url);
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByTestId(`tool-${tool}`).click();
  await page.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByTestId("tool-result")).toHaveAttribute("data-status", "ok");
  return page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
}

test("3. budget-allocator's App fits its column and grows to its content's height, its footer visible without an inner scroll", async ({
  page,
}) => {
  const inspector = await startInspector(official("server-budget-allocator"));
  try {
    const app = await runApp(page, inspector.url, "get-budget-data");
    await expect(app.locator("#budget-chart")).toBeVisible();
    const frame = page.getByTestId("app-frame");
    // Issue 50: the App takes its column's width (the host's container), not an emulated 720 px cut off.
    const stage = page.getByTestId("app-stage");
    await expect
      .poll(async () => Math.abs((await frame.boundingBox())!.width - (await stage.boundingBox())!.width), { timeout: 15_000 })
      .toBeLessThanOrEqual(1);
    // In sight: Chromium runs no animation frame in an off-screen cross-origin frame, and the App measures itself in one.
    await frame.scrollIntoViewIfNeeded();
    // The frame follows the App's size-changed: taller than the old 480 cap and the start height, within 800.
    await expect.poll(async () => (await frame.boundingBox())!.height, { timeout: 20_000 }).toBeGreaterThan(480);
    const inner = await app.locator("html").evaluate((h) => ({ scroll: h.scrollHeight, client: h.clientHeight }));
    expect(inner.scroll).toBeLessThanOrEqual(inner.client + 1);
    await screenshots(SHOTS, page, "walk3-app-sized", { view: page.getByTestId("app-panel"), widths: WIDTHS });
  } finally {
    await inspector.stop();
  }
});

test("4. server-basic-vanillajs get-time is not reported faulty, and the page's console has no error of the inspector's own", async ({
  page,
}) => {
  const inspector = await startInspector(official("server-basic-vanillajs"));
  const console: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") console.push(m.text());
  });
  try {
    const app = await runApp(page, inspector.url, "get-time");
    await expect(app.getByText(/\d{4}-\d\d-\d\dT\d\d:\d\d/).first()).toBeVisible();
    await expect(page.getByTestId("app-message").first()).toBeVisible();
    // No red row, no problem counted (an eval the host's policy refuses is information).
    await expect(page.locator(".tl-alarm").filter({ hasText: /CSP/ })).toHaveCount(0);
    await expect(page.getByRole("tab", { name: /^Problems/ }).locator(".tab-badge")).toHaveCount(0);
    expect(console.filter((t) => /frame-ancestors|target origin provided/i.test(t))).toEqual([]);
  } finally {
    await inspector.stop();
  }
});

test("5. a sampling request opens its form in a panel over the work area (issue 54: one step); Later leaves the banner, whose Answer opens it again", async ({
  page,
}) => {
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "trigger-sampling-request");
  await tools.getByRole("textbox", { name: /^prompt/ }).fill("unmissable");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const dialog = page.getByRole("dialog", { name: "The server is waiting for you" });
  await expect(dialog).toContainText("a sampling request");
  // Focus is in the request's own form.
  await expect(dialog.getByRole("textbox", { name: "Response text" })).toBeFocused();
  await screenshots(SHOTS, page, "walk3-waiting", { widths: WIDTHS });
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("pending-cue")).toContainText("a sampling request");
  await page.getByTestId("pending-cue").getByRole("button", { name: "Answer", exact: true }).click();
  await expect(dialog.getByTestId("sampling-card")).toBeVisible();
  await dialog.getByTestId("sampling-card").getByRole("button", { name: "Reject" }).click();
  await expect(dialog).toHaveCount(0);
  // A second request opens it again, and the keyboard alone answers it.
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Response text" })).toBeFocused();
  await page.keyboard.type("typed at once");
  await dialog.getByRole("button", { name: "Approve and send" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("typed at once");
  await expect(page.getByRole("tab", { name: /^Tools/ })).toHaveAttribute("aria-selected", "true");
});

test("6. at 1440 the tool names are whole, the tab bar holds every tab whole in its two rows, a selected entry leaves new ones in sight, a search with no match says so", async ({
  page,
}) => {
  await openDemo(page, demo.url);
  const tools = await openTab(page, "Tools");
  const name = tools.getByTestId("tool-get-resource-links").locator(".tool-item-code");
  await expect(name).toBeVisible();
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  const bar = page.getByRole("tablist", { name: "Server features" });
  // Two rows of groups (issue 54 item 1), never a third, and nothing scrolled away.
  const tabHeight = (await page.getByRole("tab", { name: /^Server/ }).boundingBox())!.height;
  expect((await bar.boundingBox())!.height).toBeLessThan(tabHeight * 2.6);
  expect(await bar.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  // Select a visible row, then make new entries: the newest stays in sight.
  const rows = page.getByTestId("timeline-row");
  await rows.last().click();
  await pickTool(page, "echo");
  await page.getByRole("textbox", { name: /^message/ }).fill("stay in sight");
  await page.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByTestId("tool-result")).toBeVisible();
  await expect(rows.filter({ hasText: "response to tools/call echo" }).last()).toBeInViewport();
  const detail = page.locator(".timeline .entry-detail");
  const panel = (await page.locator(".pane-timeline").boundingBox())!;
  expect((await detail.boundingBox())!.height).toBeLessThan(panel.height * 0.4);
  await page.getByLabel("Search messages").fill("zzz-no-such-thing");
  await expect(page.getByTestId("timeline-empty")).toContainText("No match for “zzz-no-such-thing”");
  await screenshots(SHOTS, page, "walk3-layout", { widths: WIDTHS });
});

test("7. a filled form survives switching tools; timeline responses name the tool; a finished task shows its result", async ({ page }) => {
  await openDemo(page, demo.url);
  await pickTool(page, "echo");
  await page.getByRole("textbox", { name: /^message/ }).fill("kept while away");
  await pickTool(page, "get-sum");
  await pickTool(page, "echo");
  await expect(page.getByRole("textbox", { name: /^message/ })).toHaveValue("kept while away");
  await page.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByTestId("timeline-row").filter({ hasText: "response to tools/call echo" })).not.toHaveCount(0);

  // A task that finishes shows its result without "Get result" (nobody asked tasks/result before).
  const tools = await pickTool(page, "simulate-research-query");
  await tools.getByRole("textbox", { name: /^topic/ }).fill("rust");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const card = tools.getByTestId("task-card");
  await expect(card.getByTestId("task-status")).toHaveText("completed", { timeout: 30_000 });
  await expect(card.getByTestId("tool-result")).toContainText("Research Report", { timeout: 30_000 });
});

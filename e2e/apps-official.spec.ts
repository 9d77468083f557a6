import { expect, repoPath, startInspector, test } from "./inspector";

// The official example App servers from npm (pinned devDependencies), run over stdio as a person
// would: each tool runs, its App renders in the sandbox origin and paints what the result carried.
const server = (name: string) => [process.execPath, repoPath(`node_modules/@modelcontextprotocol/${name}/dist/index.js`), "--stdio"];

async function run(page: import("@playwright/test").Page, url: string, tool: string) {
  await page.goto(url);
  await page.getByRole("tab", { name: "Tools" }).click();
  await expect(page.getByTestId(`tool-${tool}`).getByTestId("app-badge")).toBeVisible();
  await page.getByTestId(`tool-${tool}`).click();
  await page.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByTestId("tool-result")).toHaveAttribute("data-status", "ok");
  return page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
}

test("server-basic-react: get-time's React App paints the time and its Get Server Time makes a tools/call", async ({ page }) => {
  const inspector = await startInspector(server("server-basic-react"));
  try {
    const app = await run(page, inspector.url, "get-time");
    await expect(app.getByRole("button", { name: "Get Server Time" })).toBeVisible();
    await app.getByRole("button", { name: "Get Server Time" }).click();
    const log = page.getByTestId("app-panel").getByTestId("app-message");
    await expect(
      log.filter({ has: page.locator("summary", { hasText: "app → host" }).locator("code", { hasText: /^tools\/call$/ }) }),
    ).toHaveCount(1);
    await expect(app.getByText(/\d{4}-\d\d-\d\dT\d\d:\d\d/).first()).toBeVisible();
    // Issue 92: its bundle's zod probes for eval (`new Function("")`, run nothing): the timeline
    // says so as what it is, and Problems has no finding for it.
    await page.getByRole("group", { name: "Kinds" }).getByRole("button", { name: "app", exact: true }).click();
    const rows = page.getByTestId("timeline-row");
    await expect(rows.filter({ has: page.locator(".tl-label", { hasText: "App's library probed for eval (nothing ran)" }) })).toHaveCount(
      1,
    );
    await page.getByRole("tab", { name: /Problems/ }).click();
    await expect(page.getByTestId("problems-panel").locator('[data-rule="apps/csp-violation"]')).toHaveCount(0);
  } finally {
    await inspector.stop();
  }
});

test("server-budget-allocator: get-budget-data's App paints its budget (status, sliders, chart) from the result", async ({ page }) => {
  const inspector = await startInspector(server("server-budget-allocator"));
  try {
    const app = await run(page, inspector.url, "get-budget-data");
    await expect(app.locator("#status-bar")).toContainText(/Allocated: \$[\d,.]+[kKmM]? \/ \$[1-9]/);
    await expect(app.locator('#sliders-container input[type="range"]').first()).toBeVisible();
    expect(await app.locator('#sliders-container input[type="range"]').count()).toBeGreaterThan(1);
    await expect(app.locator("#budget-chart")).toBeVisible();
  } finally {
    await inspector.stop();
  }
});

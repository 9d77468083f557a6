import type { Page } from "@playwright/test";
import { expect, repoPath, startInspector, test } from "./inspector";

// The official example App servers from npm (pinned devDependencies), run over stdio as a person
// would: each tool runs, its App renders in the sandbox origin and paints what the result carried.
const server = (name: string) => [process.execPath, repoPath(`node_modules/@modelcontextprotocol/${name}/dist/index.js`), "--stdio"];

async function run(page: Page, url: string, tool: string) {
  await page.goto(url);
  await page.getByRole("tab", { name: "Tools" }).click();
  await expect(page.getByTestId(`tool-${tool}`).getByTestId("app-badge")).toBeVisible();
  await page.getByTestId(`tool-${tool}`).click();
  await page.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByTestId("tool-result")).toHaveAttribute("data-status", "ok");
  return page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
}

/** The App panel's verdicts, one badge per host the page judges by its published rules. */
const verdictsOf = (page: Page) => page.getByTestId("app-panel").getByTestId("app-host-verdicts").getByTestId("app-host-verdict");
const EVERY_HOST_MOUNTS = ["✓ MCP Apps reference host", "✓ ChatGPT", "✓ Claude"];

/**
 * Issue 92: the ext-apps bundles probe for eval (zod 4's `new Function("")`, run nothing): the
 * timeline says it once as what it is, and Problems holds no CSP finding for it.
 */
async function expectEvalProbeNoFinding(page: Page) {
  await page.getByRole("group", { name: "Kinds" }).getByRole("button", { name: "app", exact: true }).click();
  const probes = page
    .getByTestId("timeline-row")
    .filter({ has: page.locator(".tl-label", { hasText: "App's library probed for eval (nothing ran)" }) });
  await expect(probes).toHaveCount(1);
  await page.getByRole("tab", { name: /Problems/ }).click();
  await expect(page.getByTestId("problems-panel").locator('[data-rule="apps/csp-violation"]')).toHaveCount(0);
}

test("server-basic-react: get-time's React App paints the time and its Get Server Time makes a tools/call", async ({ page }) => {
  const inspector = await startInspector(server("server-basic-react"));
  try {
    const app = await run(page, inspector.url, "get-time");
    await expect(app.getByRole("button", { name: "Get Server Time" })).toBeVisible();
    await app.getByRole("button", { name: "Get Server Time" }).click();
    const log = page.getByTestId("app-panel").getByTestId("app-message");
    const call = log.filter({ has: page.locator("summary", { hasText: "app → host" }).locator("code", { hasText: /^tools\/call$/ }) });
    await expect(call).toHaveCount(1);
    // Each number says what it is: the App's own JSON-RPC id, and the seq of the server request it became.
    await expect(call.locator("summary")).toContainText(/tools\/call id \d+/);
    await expect(call.getByRole("button", { name: /^Server request seq \d+$/ })).toBeVisible();
    await expect(app.getByText(/\d{4}-\d\d-\d\dT\d\d:\d\d/).first()).toBeVisible();
    await expectEvalProbeNoFinding(page);
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

test("server-map: show-map's App mounts in the sandbox; the stage names the CDN script it could not load; every host would mount it", async ({
  page,
}) => {
  // No network here, and maybe some in CI: the App's CDN and tiles fail the same way in both.
  await page.context().route(/^https:\/\/([^/]*\.)?(cesium\.com|openstreetmap\.org)\//, (r) => r.abort("namenotresolved"));
  const inspector = await startInspector(server("server-map"));
  try {
    const app = await run(page, inspector.url, "show-map");
    // Its own words, drawn in its frame: the App ran in the sandbox and met the failure itself.
    await expect(app.getByText("Failed to load CesiumJS from CDN")).toBeVisible();
    const failed = page.getByTestId("app-panel").getByTestId("app-stage").getByTestId("app-load-failed");
    const script = failed.locator("li", { has: page.getByTestId("app-load-failed-url").getByText(/\/Cesium\.js$/) });
    await expect(script.getByTestId("app-load-failed-url")).toHaveText(
      /^https:\/\/cesium\.com\/downloads\/cesiumjs\/releases\/[\d.]+\/Build\/Cesium\/Cesium\.js$/,
    );
    // Declared in its CSP (resourceDomains), so not refused by it: the network failed it.
    await expect(script.getByTestId("app-load-failed-why")).toHaveText("network error (script)");
    // Why the browser says no more, once for the list (not after each URL).
    await expect(failed.getByTestId("app-load-failed-note")).toHaveCount(1);
    await expect(verdictsOf(page)).toHaveText(EVERY_HOST_MOUNTS);
    await expectEvalProbeNoFinding(page);
  } finally {
    await inspector.stop();
  }
});

test("server-system-monitor: get-system-info's App paints its charts and polls the app-only poll-system-stats; every host would mount it", async ({
  page,
}) => {
  const inspector = await startInspector(server("server-system-monitor"));
  try {
    const app = await run(page, inspector.url, "get-system-info");
    await expect(app.getByRole("heading", { name: "System Monitor" })).toBeVisible();
    await expect(app.getByText("CPU Usage", { exact: false }).first()).toBeVisible();
    // Its polls go through the host to the server: the tool the model never sees, called by the App.
    const log = page.getByTestId("app-panel").getByTestId("app-message");
    await expect(
      log.filter({ has: page.locator("summary", { hasText: "app → host" }).locator("code", { hasText: /^tools\/call$/ }) }).first(),
    ).toBeVisible();
    await expect(page.getByTestId("app-panel").getByTestId("app-load-failed")).toHaveCount(0);
    await expect(verdictsOf(page)).toHaveText(EVERY_HOST_MOUNTS);
    await expectEvalProbeNoFinding(page);
  } finally {
    await inspector.stop();
  }
});

test("server-debug: debug-tool's App reads the host context the page delivers and logs through the host; every host would mount it", async ({
  page,
}) => {
  const inspector = await startInspector(server("server-debug"));
  try {
    const app = await run(page, inspector.url, "debug-tool");
    await expect(app.getByText("Event Log", { exact: true })).toBeVisible();
    // What ui/initialize answered, as the App shows it: this host's name, its locale and time zone.
    await expect(app.getByText(/^mcp-inspector-harness v\d/)).toBeVisible();
    await expect(app.getByText("ontoolresult:").first()).toBeVisible();
    await expect(page.getByTestId("app-panel").getByTestId("app-load-failed")).toHaveCount(0);
    await expect(verdictsOf(page)).toHaveText(EVERY_HOST_MOUNTS);
    await expectEvalProbeNoFinding(page);
  } finally {
    await inspector.stop();
  }
});

import type { Page } from "@playwright/test";
import { expect, repoPath, startInspector, test } from "./inspector";
import { screenshots } from "./shots";

// MCP Apps (issue 24) against our own fixture App server (test/fixtures/app-server.mjs): every
// bridge method from the App, each App message a record entry in the timeline (filters, pairing,
// the link to the server request it caused), a CSP violation reported, the App lint in Problems.
const FIXTURE = repoPath("test/fixtures/app-server.mjs");

async function runApp(page: Page, tool: string) {
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByTestId(`tool-${tool}`).click();
  await page.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByTestId("tool-result")).toHaveAttribute("data-status", "ok");
  return page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
}

test("every bridge method of the fixture App is a timeline entry, paired, linked to the server request it caused, and linted", async ({
  page,
}) => {
  const inspector = await startInspector([process.execPath, FIXTURE]);
  try {
    await page.goto(inspector.url);
    const app = await runApp(page, "show-panel");
    const panel = page.getByTestId("app-panel");
    await expect(app.locator("#result")).toHaveText("panel for nobody");
    await expect(app.locator("#input")).toHaveText("{}");
    const out = app.locator("#out");
    const press = async (name: string, expected: RegExp) => {
      await app.getByRole("button", { name, exact: true }).click();
      await expect(out).toHaveText(expected);
    };
    await press("Call echo", /echo: from the App/);
    await press("Call secret-op", /refused this call.*secret-op is not visible to Apps/);
    await press("Read resource", /a note the App read/);
    await press("Send message", /"result":\{\}/);
    await press("Update context", /"result":\{\}/);
    await expect(panel.getByTestId("app-model-ask")).toHaveCount(2);
    await app.getByRole("button", { name: "Open link" }).click();
    await page.getByRole("alertdialog", { name: "The App asks to open a link" }).getByRole("button", { name: "Refuse" }).click();
    await expect(out).toHaveText(/isError/);
    await press("Fetch blocked", /refused: TypeError/);
    await app.getByRole("button", { name: "Grow" }).click();
    await app.getByRole("button", { name: "Log" }).click();
    // Issue 92: the App's log says its words on its row, without expanding it.
    await panel.locator(".app-log-scroll").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(panel.getByTestId("app-log-text").filter({ hasText: "panel says hi" })).toHaveText(/^\s*info: panel says hi$/);
    // Fullscreen takes a click in the host's own prompt (issue 38); the App gets nothing until then.
    await app.getByRole("button", { name: "Fullscreen", exact: true }).click();
    await page.getByRole("alertdialog", { name: "The App asks for fullscreen" }).getByRole("button", { name: "Allow" }).click();
    await expect(out).toHaveText(/"mode":"fullscreen"/);
    await expect(page.getByTestId("app-stage")).toHaveClass(/app-mode-fullscreen/);
    await screenshots(process.env.APPS_SHOTS, page, "fixture-app-fullscreen");
    await page.getByRole("button", { name: "Back to inline" }).click();

    // The timeline: App entries, their own kind and directions.
    const rows = page.getByTestId("timeline-row");
    const appRow = (label: RegExp) => rows.filter({ has: page.locator(".tl-label", { hasText: label }) });
    await page.getByRole("group", { name: "Kinds" }).getByRole("button", { name: "app", exact: true }).click();
    await expect(appRow(/app → host ui\/initialize/)).toHaveCount(1);
    await expect(appRow(/host → app response to ui\/initialize/)).toHaveCount(1);
    await expect(appRow(/host → app ui\/notifications\/tool-result/)).toHaveCount(1);
    for (const m of [
      "ui/message",
      "ui/update-model-context",
      "ui/open-link",
      "ui/request-display-mode",
      "resources/read",
      "ui/notifications/size-changed",
      "notifications/message",
    ]) {
      await expect(appRow(new RegExp(`app → host ${m.replace(/\//g, "\\/")}`)).first()).toBeVisible();
    }
    await expect(appRow(/App CSP violation: connect-src blocked https:\/\/blocked\.example\.net/)).toHaveCount(1);

    // The App's tools/call to echo: its response is paired, and it points at the server request it became.
    const call = appRow(/app → host tools\/call/).filter({ hasText: "echo" });
    await expect(call.getByTestId("app-link-server")).toHaveText(/server seq \d+/);
    await call.click();
    const detail = page.getByTestId("entry-detail");
    await expect(detail).toContainText("app → host");
    await expect(detail.getByRole("button", { name: /^Go to response seq \d+$/ })).toBeVisible();
    await detail.getByTestId("entry-app-server").click();
    await expect(detail).toContainText("tools/call");
    await expect(detail).toContainText("inspector → server");
    await detail.getByTestId("entry-app-cause").click();
    await expect(detail).toContainText("app → host tools/call");
    await screenshots(process.env.APPS_SHOTS, page, "timeline-app-entries", { view: page.getByTestId("timeline") });

    // The direction filter has the App's two directions.
    await page.getByRole("combobox", { name: "Direction" }).selectOption("host->app");
    await expect(rows.first()).toBeVisible();
    // Each row's direction cell (its words for a screen reader) says host to app.
    const dirs = await rows.locator(".tl-dir").allTextContents();
    expect(dirs.length).toBeGreaterThan(3);
    for (const d of dirs) expect(d).toBe("◇ host to app");
    // The server never saw the hidden tool: its only tools/call rows are the person's run and echo.
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByRole("combobox", { name: "Direction" }).selectOption("client->server");
    await page.getByRole("combobox", { name: "Method" }).selectOption("tools/call");
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: "secret-op" })).toHaveCount(0);

    // The App's log in the Logs tab, beside the server's, named for its App.
    await page.getByRole("tab", { name: "Logs" }).click();
    const logLine = page.locator(".log-line").filter({ hasText: "panel says hi" });
    await expect(logLine).toHaveCount(1);
    await expect(logLine).toContainText("App show-panel");

    // The App lint, in Problems with the other rules.
    await page.getByRole("tab", { name: /Problems/ }).click();
    const problems = page.getByTestId("problems-panel");
    for (const rule of ["apps/hidden-tool-call", "apps/csp-domain", "apps/csp-violation"])
      await expect(problems.locator(`[data-testid="problem"][data-rule="${rule}"]`).first()).toBeVisible();
    await expect(problems.locator('[data-testid="problem"][data-rule="apps/initialize-first"]')).toHaveCount(0);
  } finally {
    await inspector.stop();
  }
});

test("a ui:// resource with the wrong mime type, and one that is missing, are App lint errors", async ({ page }) => {
  const inspector = await startInspector([process.execPath, FIXTURE]);
  try {
    await page.goto(inspector.url);
    await runApp(page, "wrong-mime");
    await expect(page.getByTestId("app-panel").locator('[data-rule="apps/resource-mime"]')).toBeVisible();
    await runApp(page, "missing-ui");
    await expect(page.getByTestId("app-panel")).toContainText("could not be read");
    await page.getByRole("tab", { name: /Problems/ }).click();
    const problems = page.getByTestId("problems-panel");
    await expect(problems.locator('[data-testid="problem"][data-rule="apps/resource-mime"]')).toHaveCount(1);
    await expect(problems.locator('[data-testid="problem"][data-rule="apps/resource-missing"]')).toHaveCount(1);
  } finally {
    await inspector.stop();
  }
});

test("an App whose document lays out 0 px tall at first and grows with no DOM change or event is still sized to its height and brought into view", async ({
  page,
}) => {
  // Its only content is a box a CSS animation makes 120 px tall a second after the load. The
  // document's height was measured on DOM changes and events only, so a first measure of 0 was its
  // last: the App kept the frame's starting size and was never brought into view (issue 76: a
  // CSP-refused pizzaz widget, laid out 0 px tall in its first task by a loaded Chromium).
  const inspector = await startInspector([process.execPath, FIXTURE]);
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Apps" }).click();
    await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "late-size", exact: true }).click();
    await page.getByRole("button", { name: "Run late-size", exact: true }).click();
    const panel = page.getByTestId("app-panel");
    await expect(panel.getByTestId("app-reveal")).toHaveAttribute("data-revealed", "done");
    await expect.poll(async () => (await panel.getByTestId("app-frame").boundingBox())?.height).toBe(120);
  } finally {
    await inspector.stop();
  }
});

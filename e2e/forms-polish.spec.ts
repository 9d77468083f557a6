import { pathToFileURL } from "node:url";
import type { Locator, Page } from "@playwright/test";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { screenshots } from "./shots";
import { openDemo, openTab, pickTool } from "./protocol-helpers";

// Issue 25 item 7, the forms part: array items not red before anything is typed, Add buttons that
// name their item, the log level after a reload, a bare path as a root.

/** A folder for screenshots a person looks at (POLISH_SHOTS=<folder>); none by default. */
const DIR = process.env.POLISH_SHOTS;

const shots = (page: Page, name: string, view: Locator) => screenshots(DIR, page, name, { view });

// The roots and the log level are the backend's and the server's: an inspector of this file's own.
let demo: RunningInspector;
test.beforeAll(async () => {
  demo = await startInspector(["--demo"]);
});
test.afterAll(async () => demo?.stop());

test("a new array item is not red until touched or Run; Add buttons name the item", async ({ page }) => {
  const inspector = await startInspector([process.execPath, repoPath("test/fixtures/page-fixture-server.mjs")]);
  try {
    await page.goto(inspector.url);
    await expect(page.getByTestId("server-name")).toHaveText("Page Fixture Server");
    await page.getByRole("tab", { name: "Tools" }).click();
    await page.getByTestId("tool-create-order").click();
    const form = page.locator("form.schema-form");
    const items = form.getByRole("group", { name: /^items/ });
    await items.getByRole("button", { name: "Add item" }).last().click();
    await expect(form.getByRole("textbox", { name: /^sku/ })).toHaveCount(2);
    // Nested arrays say what they add.
    await expect(form.getByRole("group", { name: "tags" }).first().getByRole("button", { name: "Add tag" })).toBeVisible();
    // Nothing typed yet: no error shown, no red border.
    await expect(form.locator(".error-detail")).toHaveCount(0);
    await shots(page, "form-new-item", form.getByRole("textbox", { name: /^sku/ }).nth(1));
    // A field touched and left shows its own error only.
    const qty = form.getByRole("spinbutton", { name: /^qty/ }).nth(1);
    await qty.fill("0");
    await qty.blur();
    await expect(form.locator(".error-detail")).toHaveCount(1);
    await expect(form.locator(".error-detail")).toContainText(">= 1");
    // Run shows every error and sends nothing.
    await page.getByRole("button", { name: "Run tool" }).click();
    await expect(form.locator(".error-detail", { hasText: "required" }).first()).toBeVisible();
    await expect(page.getByTestId("tool-result")).toHaveCount(0);
    await shots(page, "form-after-run", form.getByRole("textbox", { name: /^sku/ }).nth(1));
  } finally {
    await inspector.stop();
  }
});

test("the log level set shows again after a reload", async ({ page }) => {
  await openDemo(page, demo.url);
  let logs = await openTab(page, "Logs");
  const level = logs.getByRole("combobox", { name: "Server log level" });
  await expect(level).toHaveValue("info");
  await level.selectOption("warning");
  await logs.getByRole("button", { name: "Set level" }).click();
  await expect(logs.getByTestId("log-level-set")).toContainText("level set to warning");
  await page.reload();
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  logs = await openTab(page, "Logs");
  await expect(logs.getByRole("combobox", { name: "Server log level" })).toHaveValue("warning");
  await expect(logs.getByTestId("log-level-set")).toContainText("level set to warning");
  await shots(page, "logs-level-after-reload", logs.getByTestId("log-level-set"));
});

test("a root typed as a path becomes a file:// URI, as --root makes it: a relative one from the backend's working directory", async ({
  page,
}) => {
  await openDemo(page, demo.url);
  const panel = await openTab(page, "Roots");
  await panel.getByRole("button", { name: "Add root" }).click();
  const uri = panel.getByRole("textbox", { name: "Root 1 URI" });
  await uri.fill("./relative dir");
  await uri.blur();
  // e2e/inspector.ts starts the inspector in the repository: --root ./x would be the same URI.
  await expect(uri).toHaveValue(pathToFileURL(repoPath("relative dir")).href);
  await shots(page, "roots-relative", uri);
  await uri.fill("/tmp/polish project/../polish root");
  await uri.blur();
  await expect(uri).toHaveValue("file:///tmp/polish%20root");
  await panel.getByRole("button", { name: "Save roots" }).click();
  await expect(panel.getByRole("status")).toContainText("the server was sent notifications/roots/list_changed");
  const tools = await pickTool(page, "get-roots-list");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("file:///tmp/polish%20root");
});

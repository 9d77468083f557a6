import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, startInspector, test, type RunningInspector } from "./inspector";
import { openDemo, openTab, pickTool } from "./protocol-helpers";
import { screenshots } from "./shots";

// Issue 66, "The page, fifth walk" (points 8–10). WALK5_SHOTS=<folder> writes screenshots, light
// and dark, at 1280 × 800 and 420 px.
const SHOTS = process.env.WALK5_SHOTS;
const AT = { widths: [1280, 420], height: 800 } as const;

let demo: RunningInspector;
let collections: string;
test.beforeAll(async () => {
  collections = mkdtempSync(path.join(tmpdir(), "walk5-"));
  demo = await startInspector(["--demo", "--collections", collections]);
});
test.afterAll(async () => {
  await demo?.stop();
  rmSync(collections, { recursive: true, force: true });
});

const background = (page: import("@playwright/test").Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_BG = "rgb(246, 247, 249)";
const DARK_BG = "rgb(17, 20, 24)";

test("10a. the theme is the OS's until the person picks one; a pick is kept on reload; System follows the OS again", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openDemo(page, demo.url);
  const menu = page.getByRole("combobox", { name: "Theme" });
  await expect(menu).toHaveValue("system");
  expect(await background(page)).toBe(DARK_BG);
  await menu.selectOption("light");
  await expect.poll(() => background(page)).toBe(LIGHT_BG);
  await screenshots(SHOTS, page, "walk5-theme-picked", { ...AT, schemes: ["dark"] });
  await page.emulateMedia({ colorScheme: "dark" }); // the shots leave the OS light
  // Kept across a reload, from the first frame: the head's script puts it on <html> before the page's scripts run.
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  expect(await background(page)).toBe(LIGHT_BG);
  await page.getByRole("combobox", { name: "Theme" }).selectOption("system");
  await expect.poll(() => background(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: "light" });
  await expect.poll(() => background(page)).toBe(LIGHT_BG);
});

test("10b. both rows of tabs stay in sight while a long result scrolls under them", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "get-resource-links");
  await tools.getByRole("spinbutton", { name: /^count/ }).fill("10");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toBeVisible();
  const pane = page.locator(".pane-center");
  // As a person scrolls to the end of the result.
  const scrolled = await pane.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    return el.scrollTop;
  });
  expect(scrolled, "the result is long enough to scroll the pane").toBeGreaterThan(100);
  for (const name of ["Server", "Problems"])
    await expect(page.getByRole("tab", { name: new RegExp(`^${name}`) })).toBeInViewport({ ratio: 1 });
  // Nothing of the panel shows through above or between them: the first tab is on top where it stands.
  const tab = page.getByRole("tab", { name: /^Server/ });
  const box = (await tab.boundingBox())!;
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.closest('[role="tab"]')?.textContent ?? "",
    [box.x + box.width / 2, box.y + 2],
  );
  expect(hit).toMatch(/^Server/);
  await screenshots(SHOTS, page, "walk5-tabs-after-run", { ...AT, widths: [1280] });
});

test("10c. Share / export is in sight at 1280 × 800 and at 420 px; the header's protocol is whole at 420 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page, demo.url);
  const share = page.getByRole("button", { name: "Share / export…" });
  await expect(share).toBeInViewport({ ratio: 1 });
  await page.setViewportSize({ width: 420, height: 800 });
  await expect(share).toBeInViewport({ ratio: 1 });
  const header = page.getByTestId("header-server");
  await expect(header).toContainText("protocol 2025-11-25");
  expect(await header.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= window.innerWidth)).toBe(
    true,
  );
  await screenshots(SHOTS, page, "walk5-header", AT);
  await share.click();
  await expect(page.getByTestId("share-dialog")).toBeVisible();
});

test("8. Save as test offers a file named for the connected server, and Save works at once", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "echo");
  await tools.getByRole("textbox", { name: /^message/ }).fill("saved");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("saved");
  await tools.getByTestId("save-as-test").click();
  const dialog = page.getByRole("dialog", { name: "Save as test" });
  const file = dialog.getByRole("textbox", { name: "New file name" });
  await expect(file).toHaveValue(/^mcp-servers-everything\.mcp-tests\.yaml$|everything/);
  const name = await file.inputValue();
  await screenshots(SHOTS, page, "walk5-save-as-test", { ...AT, view: dialog });
  await expect(dialog.getByRole("button", { name: "Save" })).toBeEnabled();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  expect(existsSync(path.join(collections, name))).toBe(true);
  // The next save goes to the same file by default.
  await tools.getByTestId("save-as-test").click();
  await expect(dialog.getByRole("combobox", { name: "Collection file" })).toHaveValue(name);
  await dialog.getByRole("button", { name: "Cancel" }).click();
});

test("9. the sampling panel states the first limit, its buttons are in sight at 1280 × 800, and an earlier request is called earlier", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "trigger-elicitation-request");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const dialog = page.getByRole("dialog", { name: "The server is waiting for you" });
  await expect(dialog.getByTestId("elicitation-form")).toBeVisible();
  await dialog.getByRole("button", { name: "Later" }).click();
  await pickTool(page, "trigger-sampling-request");
  await tools.getByRole("textbox", { name: /^prompt/ }).fill("one step");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const card = dialog.getByTestId("sampling-card");
  await expect(card).toContainText("one step");
  await expect(dialog).toContainText("1 other waits from before it");
  await expect(card.getByTestId("answer-deadline")).toContainText("a server usually gives up after 60 s (its own limit is unknown)");
  await expect(card.getByRole("button", { name: "Approve and send" })).toBeInViewport({ ratio: 1 });
  await expect(card.getByRole("button", { name: "Reject" })).toBeInViewport({ ratio: 1 });
  await screenshots(SHOTS, page, "walk5-sampling", AT);
  await card.getByRole("button", { name: "Reject" }).click();
  await page.getByTestId("pending-cue").getByRole("button", { name: "Answer", exact: true }).click();
  await dialog.getByRole("button", { name: "Decline" }).click();
  await expect(page.getByTestId("pending-cue")).toHaveCount(0);
  await openTab(page, "Tools");
});

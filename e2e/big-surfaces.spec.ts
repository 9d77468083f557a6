// The page on big surfaces and answers (issue 91 item 4), against the big-surfaces fixture: what
// is drawn is bounded (rows, fields, blocks in the DOM) and everything stays reachable (filter,
// Show more, Open, Run). Timings are bench figure 4s's, not these tests'.
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { openDemo, pickTool } from "./protocol-helpers";

let server: RunningInspector;
test.beforeAll(async () => {
  server = await startInspector([process.execPath, repoPath("test/fixtures/big-surfaces.mjs")]);
});
test.afterAll(async () => server?.stop());
test.describe.configure({ timeout: 180_000 });

test("5,004 tools: the list draws its first hundred rows, the filter finds any tool, Show more draws more", async ({ page }) => {
  await openDemo(page, server.url);
  const tools = await pickTool(page, "tool-0000");
  const list = tools.getByRole("navigation", { name: "Tools" });
  await expect(list.getByRole("heading", { name: "Tools (5004)" })).toBeVisible();
  await expect(list.locator("li")).toHaveCount(100);
  await expect(list.getByTestId("tool-list-window")).toContainText("4,904 more tools");
  await list.getByRole("button", { name: "Show more" }).click();
  await expect(list.locator("li")).toHaveCount(200);
  // The last tool is a filter away, and can be picked and called.
  await list.getByRole("searchbox", { name: "Filter tools" }).fill("tool-4999");
  await list.getByTestId("tool-tool-4999").click();
  await expect(tools.locator("#tool-title")).toContainText("Tool 4999");
  await tools.getByRole("textbox", { name: /^id/ }).fill("r-42");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("record r-42");
});

test("the 2 MB, 30-deep input schema: the form builds the levels a person opens, checks Run, and sends a valid value", async ({ page }) => {
  await openDemo(page, server.url);
  const tools = await pickTool(page, "deep-schema");
  const form = tools.locator("form.schema-form");
  await expect(form.getByRole("button", { name: "Run tool" })).toBeVisible();
  // Level 1: its first hundred fields and the required name; level 2 closed, nothing under it drawn.
  const fields = form.locator("input, select, textarea");
  expect(await fields.count()).toBeLessThanOrEqual(110);
  await expect(form.getByText("411 more fields")).toBeVisible();
  const open2 = form.getByRole("button", { name: /^Open “Level 2” \(511 fields\)/ });
  await expect(open2).toHaveAttribute("aria-expanded", "false");
  await expect(form.getByRole("textbox", { name: /^f2_0/ })).toHaveCount(0);
  await open2.click();
  await expect(form.getByRole("textbox", { name: /^f2_0/ })).toBeVisible();
  await expect(form.getByRole("button", { name: /^Open “Level 3”/ })).toHaveAttribute("aria-expanded", "false");
  expect(await fields.count()).toBeLessThanOrEqual(220);
  // Run checks the schema: the required name is asked for, then the call goes out with it.
  await form.getByRole("button", { name: "Run tool" }).click();
  await expect(form.locator(".error-detail").getByText(/must have required property 'name'/)).toBeVisible({ timeout: 120_000 });
  // Listed above Run as well: an error in an object not opened has no field to be shown under.
  await expect(form.locator(".panel.errors")).toContainText("must have required property 'name'");
  await expect(tools.getByTestId("tool-result")).toHaveCount(0);
  await form.getByRole("textbox", { name: /^name/ }).fill("quarterly");
  await form.getByRole("textbox", { name: /^f2_0/ }).fill("deep value");
  await form.getByRole("button", { name: "Run tool" }).click();
  // What was typed in the opened level goes out (the form's data holds it, not only its fields).
  await expect(tools.getByTestId("tool-result")).toContainText('report "quarterly", next {"f2_0":"deep value"}', { timeout: 120_000 });
  // A value the whole schema refuses in an opened level is said, and nothing is sent.
  await form.getByRole("spinbutton", { name: "f2_1", exact: true }).fill("-5");
  await form.getByRole("button", { name: "Run tool" }).click();
  await expect(form.locator(".error-detail").getByText("must be >= 0")).toBeVisible({ timeout: 120_000 });
  await expect(tools.getByTestId("tool-result")).toContainText('next {"f2_0":"deep value"}');
});

test("10,000 content items: a hundred drawn, the count said, Show more draws the next hundred", async ({ page }) => {
  await openDemo(page, server.url);
  const tools = await pickTool(page, "many-items");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const result = tools.getByTestId("tool-result");
  await expect(result.getByTestId("content-more")).toContainText("100 of 10,000 content blocks shown");
  const blocks = result.getByRole("list", { name: "Content" }).locator(":scope > li");
  await expect(blocks).toHaveCount(100);
  await expect(blocks.first()).toContainText("item 1 of 10000");
  await result.getByRole("button", { name: "Show 100 more" }).click();
  await expect(blocks).toHaveCount(200);
  await expect(blocks.nth(199)).toContainText("item 200 of 10000");
  await expect(result.getByTestId("content-more")).toContainText("200 of 10,000 content blocks shown");
});

test("a 20 MiB image, past the record's bound for one frame: decoded off the main thread, shown whole from a blob: URL, the cut said as a cut, not a violation", async ({
  page,
}) => {
  await openDemo(page, server.url);
  const tools = await pickTool(page, "big-image");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const result = tools.getByTestId("tool-result");
  const img = result.getByRole("img", { name: "image returned by the tool" });
  await expect(img).toHaveAttribute("src", /^blob:/, { timeout: 120_000 });
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(256);
  await expect(result).toContainText("20.0 MB");
  // The record kept the frame's size and digest only (the handshake stays in it): the page says so.
  await expect(result).toContainText(/jsonrpc\/body-cut.*past the record's bound for one frame: cut, sha256:[0-9a-f]{64} kept/);
  await expect(result).toContainText("success");
  await expect(result).not.toContainText("protocol violation");
});

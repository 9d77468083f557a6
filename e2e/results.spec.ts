import { readFileSync } from "node:fs";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { openDemo, pickTool } from "./protocol-helpers";

let demo: RunningInspector;
test.beforeAll(async () => {
  demo = await startInspector(["--demo"]);
});
test.afterAll(async () => demo?.stop());

test("a resource link in a tool result is read in place", async ({ page }) => {
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "get-resource-links");
  await tools.getByRole("spinbutton", { name: /^count/ }).fill("2");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const result = tools.getByTestId("tool-result");
  const link = result.locator('[data-content-type="resource_link"]').first();
  await expect(link).toBeVisible();
  await link.getByRole("button", { name: "Read" }).click();
  await expect(link.getByTestId("resource-link-contents")).toContainText("Resource 1");
  // The read is in the record like any other request.
  await expect(page.locator('[data-testid="timeline-row"]', { hasText: "resources/read" }).first()).toBeVisible();
});

test("a 3 MiB tool result (received and parsed in the socket's worker) shows its head, downloads whole, and is in the timeline", async ({
  page,
}, testInfo) => {
  const big = await startInspector([process.execPath, repoPath("test/fixtures/big.mjs")]);
  try {
    await openDemo(page, big.url);
    const tools = await pickTool(page, "big");
    await tools.getByRole("spinbutton", { name: /^mb/ }).fill("3");
    await tools.getByRole("button", { name: "Run tool" }).click();
    const result = tools.getByTestId("tool-result");
    await expect(result).toHaveAttribute("data-status", "ok");
    await expect(result).toContainText("line 00000000: the quick brown fox");
    const more = result.getByTestId("long-text-more");
    await expect(more).toContainText("3.0 MiB in all");
    await page.screenshot({ path: testInfo.outputPath("big-result.png") });
    const [download] = await Promise.all([page.waitForEvent("download"), more.getByRole("button", { name: "Download" }).click()]);
    const text = readFileSync((await download.path())!, "utf8");
    expect(text.length).toBe(3 * 1024 * 1024);
    expect(text.startsWith("line 00000000: the quick brown fox")).toBe(true);
    // The record's response holds the whole result too (a big entry is shown clipped).
    await result.getByRole("button", { name: /^Response #/ }).click();
    await expect(page.getByTestId("entry-detail")).toContainText("response to tools/call");
    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: testInfo.outputPath("big-result-narrow.png") });
  } finally {
    await big.stop();
  }
});

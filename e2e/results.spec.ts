import { readFileSync } from "node:fs";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import type { Page } from "@playwright/test";
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
    const tools = await bigToolPicked(page, big.url, 3);
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
    await result.getByRole("button", { name: /^Response seq / }).click();
    await expect(page.getByTestId("entry-detail")).toContainText("response to tools/call");
    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: testInfo.outputPath("big-result-narrow.png") });
  } finally {
    await big.stop();
  }
});

test("a 20 MiB tool result shows its start while the whole of it crosses, then the whole (Copy, Download, the timeline)", async ({
  page,
}, testInfo) => {
  const big = await startInspector([process.execPath, repoPath("test/fixtures/big.mjs")]);
  try {
    const tools = await bigToolPicked(page, big.url, 20);
    // What the result view showed first, seen as it is put in the DOM: the reply's preview comes
    // hundreds of milliseconds ahead of the 20 MiB entry, too short a window for a locator's polling.
    await page.evaluate(() => {
      const w = window as unknown as {
        firstResult?: { arriving: boolean; copy: boolean; response: boolean; more: boolean; text: string; running: boolean };
      };
      const seen = new MutationObserver(() => {
        const r = document.querySelector('[data-testid="tool-result"]');
        if (!r) return;
        seen.disconnect();
        w.firstResult = {
          arriving:
            r.querySelector('[data-testid="result-arriving"]')?.textContent === "The start of a big result: the rest of it is arriving…",
          copy: [...r.querySelectorAll("button")].some((b) => b.textContent === "Copy result as JSON"),
          response: [...r.querySelectorAll("button")].some((b) => /^Response seq /.test(b.textContent ?? "")),
          more: !!r.querySelector('[data-testid="long-text-more"]'),
          text: (r.textContent ?? "").slice(0, 2000),
          running: !!document.querySelector(".tool-runner .running"),
        };
      });
      seen.observe(document.body, { childList: true, subtree: true });
    });
    await tools.getByRole("button", { name: "Run tool" }).click();
    const result = tools.getByTestId("tool-result");
    await page.waitForFunction(() => "firstResult" in window, null, { timeout: 30_000 });
    await page.screenshot({ path: testInfo.outputPath("big-result-first.png") });
    const first = await page.evaluate(() => (window as unknown as { firstResult: Record<string, unknown> }).firstResult);
    // The reply's preview: the start of the text, said to be arriving, nothing to copy or download
    // yet, and no link to the response's entry, which is what is still arriving.
    expect(first).toMatchObject({ arriving: true, copy: false, response: false, more: false, running: false });
    expect(first.text).toContain("line 00000000: the quick brown fox");
    // Then the whole: the same view with its "more" row, Copy, and Download of all 20 MiB.
    await expect(result.getByTestId("result-arriving")).toHaveCount(0, { timeout: 30_000 });
    await expect(result).toHaveAttribute("data-status", "ok");
    await expect(result.getByRole("button", { name: "Copy result as JSON" })).toBeVisible();
    const more = result.getByTestId("long-text-more");
    await expect(more).toContainText("20.0 MiB in all");
    const [download] = await Promise.all([page.waitForEvent("download"), more.getByRole("button", { name: "Download" }).click()]);
    expect(readFileSync((await download.path())!, "utf8").length).toBe(20 * 1024 * 1024);
    await result.getByRole("button", { name: /^Response seq / }).click();
    await expect(page.getByTestId("entry-detail")).toContainText("response to tools/call");
  } finally {
    await big.stop();
  }
});

/** The page open on the big fixture, its `big` tool picked with `mb` MiB asked for: the Tools tab. */
async function bigToolPicked(page: Page, url: string, mb: number) {
  await openDemo(page, url);
  const tools = await pickTool(page, "big");
  await tools.getByRole("spinbutton", { name: /^mb/ }).fill(String(mb));
  return tools;
}

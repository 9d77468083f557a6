// After Run, the chosen tool stays in view (issue 91): a result taller than the screen used to be
// scrolled to its top, taking the tool's title out of sight.
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { openDemo, pickTool } from "./protocol-helpers";

let server: RunningInspector;
test.beforeAll(async () => {
  server = await startInspector([process.execPath, repoPath("test/fixtures/big-surfaces.mjs")], { BIG_SURFACES_TOOLS: "40" });
});
test.afterAll(async () => server?.stop());

test("after Run with a result taller than the screen, the chosen tool's title and row stay in view", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDemo(page, server.url);
  const tools = await pickTool(page, "many-items");
  await tools.getByRole("spinbutton", { name: "count" }).fill("300");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("content-more")).toContainText("100 of 300 content blocks shown");
  // Wait for the page's own scrolling to end (the centre pane's offset stops changing), then look.
  await page.evaluate(async () => {
    const pane = document.querySelector(".pane-center")!;
    let last = -1;
    while (pane.scrollTop !== last) {
      last = pane.scrollTop;
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  await expect(tools.locator("#tool-title")).toBeInViewport();
  await expect(tools.getByTestId("tool-many-items")).toBeInViewport();
  await expect(tools.getByTestId("tool-result")).toBeInViewport();
});

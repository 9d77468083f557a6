import { expect, startInspector, test, type RunningInspector } from "./inspector";
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

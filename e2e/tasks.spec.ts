import { expect, startInspector, test, type RunningInspector } from "./inspector";
import { openDemo, openTab, pickTool } from "./protocol-helpers";

let demo: RunningInspector;
test.beforeAll(async () => {
  demo = await startInspector(["--demo"]);
});
test.afterAll(async () => demo?.stop());

test("a task that needs input brings its elicitation to the queue by itself; answering it completes the task", async ({ page }) => {
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "simulate-research-query");
  await tools.getByRole("textbox", { name: /^topic/ }).fill("python");
  await tools.getByRole("checkbox", { name: /^ambiguous/ }).check();
  await tools.getByRole("button", { name: "Run tool" }).click();
  const card = tools.getByTestId("task-card");
  await expect(card.getByTestId("task-status")).toHaveText(/input_required|working/);
  // Nobody presses "Get result": the elicitation arrives in the queue and the cue says so.
  await expect(page.getByTestId("pending-cue")).toContainText("an elicitation", { timeout: 20_000 });
  const requests = await openTab(page, "Requests");
  const form = requests.locator("form").first();
  await expect(form).toBeVisible();
  await form
    .getByRole("button", { name: /Accept|Submit|Send/ })
    .first()
    .click();
  await openTab(page, "Tools");
  await expect(card.getByTestId("task-status")).toHaveText("completed", { timeout: 20_000 });
  await expect(card.getByTestId("tool-result")).toContainText("Research Report", { timeout: 20_000 });
});

import { expect, startInspector, test, type RunningInspector } from "./inspector";
import { openDemo, openTab, pickTool } from "./protocol-helpers";

// Forms keep what the person typed: switching how a sampling answer is written, and clearing a
// number to type a new one.
let demo: RunningInspector;
test.beforeAll(async () => {
  demo = await startInspector(["--demo"]);
});
test.afterAll(async () => demo?.stop());

test("sampling: text typed, then Content JSON, then Text again, is what the server gets", async ({ page }) => {
  await openDemo(page, demo.url);
  let tools = await pickTool(page, "trigger-sampling-request");
  await tools.getByRole("textbox", { name: /^prompt/ }).fill("Say hi");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const requests = await openTab(page, "Requests");
  const card = requests.getByTestId("sampling-card");
  await card.getByRole("textbox", { name: "Response text" }).fill("Typed before switching");
  await card.getByRole("button", { name: "Content JSON" }).click();
  const json = card.getByRole("textbox", { name: /^Content/ });
  await expect(json).toHaveValue(/"text": "Typed before switching"/);
  // An edit in JSON comes back to the text box too.
  await json.fill('{ "type": "text", "text": "Edited as JSON" }');
  await card.getByRole("button", { name: "Text", exact: true }).click();
  await expect(card.getByRole("textbox", { name: "Response text" })).toHaveValue("Edited as JSON");
  await card.getByRole("button", { name: "Approve and send" }).click();
  tools = await openTab(page, "Tools");
  await expect(tools.getByTestId("tool-result")).toContainText("Edited as JSON");
});

test("a seconds field can be emptied and retyped: backspace twice, type 3, it says 3", async ({ page }) => {
  await openDemo(page, demo.url);
  const timeout = page.getByRole("textbox", { name: "Request timeout in seconds" });
  await expect(timeout).toHaveValue("60");
  await timeout.click();
  await timeout.press("End");
  await timeout.press("Backspace");
  await timeout.press("Backspace");
  await expect(timeout).toHaveValue("");
  await timeout.pressSequentially("3");
  await expect(timeout).toHaveValue("3");
  await timeout.blur();
  await expect(timeout).toHaveValue("3");
  // The optional maximum empties to "none" and stays empty.
  const max = page.getByRole("textbox", { name: "Maximum total timeout in seconds" });
  await max.fill("120");
  await max.fill("");
  await max.blur();
  await expect(max).toHaveValue("");
});

// That the call's clock stands still while the person answers is the engine's, proven on a fake
// clock (test/engine-timeouts.test.ts); here the page's setting reaches the call and the answer
// completes it, without sleeping.
test("with a short request timeout, a sampling request the person answers completes the call", async ({ page }) => {
  await openDemo(page, demo.url);
  const timeout = page.getByRole("textbox", { name: "Request timeout in seconds" });
  await timeout.fill("2");
  await timeout.blur();
  let tools = await pickTool(page, "trigger-sampling-request");
  await tools.getByRole("textbox", { name: /^prompt/ }).fill("Say hi");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const requests = await openTab(page, "Requests");
  const card = requests.getByTestId("sampling-card");
  await card.getByRole("textbox", { name: "Response text" }).fill("worth the wait");
  await card.getByRole("button", { name: "Approve and send" }).click();
  tools = await openTab(page, "Tools");
  await expect(tools.getByTestId("tool-result")).toContainText("worth the wait");
});

import { expect, startInspector, test } from "./inspector";
import { openDemo, openTab, pickTool } from "./protocol-helpers";

test("a sampling request nobody answers gets the backend's timeout error, and the queue says so", async ({ page }) => {
  test.slow(); // two connects and an 8 s wait: 45-49 s at load 7, against the 60 s default
  const inspector = await startInspector(["--demo"]);
  try {
    await openDemo(page, inspector.url);
    // Long enough to see the card wait on a loaded CI runner (at 2 s it was often handled before the
    // Requests tab showed: 1.7 s for the initialize alone at load 7), short enough for a test.
    await page.getByRole("textbox", { name: "Answer timeout for server requests (s)" }).fill("8");
    await page.getByRole("button", { name: "Reconnect with these settings" }).click();
    await expect(page.getByTestId("session-status")).toHaveText("Connected");

    const tools = await pickTool(page, "trigger-sampling-request");
    await tools.getByRole("textbox", { name: /^prompt/ }).fill("nobody will answer this");
    await tools.getByRole("button", { name: "Run tool" }).click();
    const requests = await openTab(page, "Requests");
    await expect(requests.getByTestId("sampling-card")).toHaveCount(1);
    // Nobody answers: the backend replies -32001 at the deadline and the card moves to Handled.
    await expect(requests.getByTestId("handled-requests").locator('[data-outcome="timed-out"]').first()).toContainText(
      "sampling/createMessage",
      { timeout: 20_000 },
    );
    await expect(requests.getByTestId("sampling-card")).toHaveCount(0);
    await openTab(page, "Tools");
    await expect(tools.getByTestId("tool-result")).toContainText("nobody answered");
  } finally {
    await inspector.stop();
  }
});

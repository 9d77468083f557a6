import { expect, test } from "./inspector";

test("the capability view shows the server's name, versions and capabilities", async ({ page, demo }) => {
  await page.goto(demo.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  // The token is kept by the page and removed from the address bar.
  await expect(page).not.toHaveURL(/token=/);
  const info = page.getByTestId("server-info");
  await expect(info.getByTestId("server-name")).toHaveText("Everything Reference Server");
  await expect(info).toContainText("mcp-servers/everything");
  await expect(page.getByTestId("agreed-protocol")).toHaveText("2025-11-25");
  const server = page.getByTestId("server-capabilities");
  for (const cap of ["tools", "resources", "prompts", "logging", "completions"]) {
    await expect(server.locator(`tr[data-capability="${cap}"]`)).toHaveAttribute("data-supported", "true");
  }
  await expect(server.locator('tr[data-capability="tools"]')).toContainText("listChanged");
  await expect(page.getByTestId("client-capabilities").locator('tr[data-capability="sampling"]')).toContainText("supported");
  await expect(page.getByRole("heading", { name: "Instructions" })).toBeVisible();

  // The raw initialize response is one click away.
  await page.getByRole("button", { name: "Raw initialize response" }).click();
  const detail = page.getByTestId("entry-detail");
  await expect(detail).toContainText("response to initialize");
  await expect(detail.getByTestId("code-editor")).toHaveAttribute("data-ready", "true");
  await expect(detail).toContainText("protocolVersion");
  await detail.getByRole("button", { name: /Go to request/ }).click();
  await expect(page.getByTestId("entry-detail")).toContainText(/seq \d+ initialize/);
});

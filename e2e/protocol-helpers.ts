import type { Locator, Page } from "@playwright/test";
import { expect } from "./inspector";

/** Opens a tab of the center pane and returns its panel. */
export async function openTab(page: Page, name: string) {
  const tab = page.getByRole("tab", { name: new RegExp(`^${name}`) });
  await tab.click();
  const id = await tab.getAttribute("aria-controls");
  return page.locator(`#${id}`);
}

/** Opens the demo page and waits for the connection. */
export async function openDemo(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
}

/** Picks a tool in the Tools tab and returns the tools panel. */
export async function pickTool(page: Page, tool: string) {
  const panel = await openTab(page, "Tools");
  await panel.getByTestId(`tool-${tool}`).click();
  await expect(panel.locator("#tool-title")).toBeVisible();
  return panel;
}

/** Empties the Raw tab's editor (`raw` is its panel), ready for typing. */
export async function clearRawEditor(page: Page, raw: Locator) {
  await expect(raw.getByTestId("code-editor")).toHaveAttribute("data-ready", "true");
  await raw.getByTestId("code-editor").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
}

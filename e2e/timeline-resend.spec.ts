import type { Locator, Page } from "@playwright/test";
import { expect, startInspector, test, type RunningInspector } from "./inspector";
import { screenshots } from "./shots";
import { clearRawEditor, openDemo, openTab, pickTool } from "./protocol-helpers";

// Issue 25 item 4 (send a request again from the timeline) and the timeline part of item 7
// (close the entry, the error chip, the cancelled mark, "Follow newest" off the rows).

/** A folder for screenshots a person looks at (POLISH_SHOTS=<folder>); none by default. */
const DIR = process.env.POLISH_SHOTS;

let demo: RunningInspector;
test.beforeAll(async () => {
  demo = await startInspector(["--demo"]);
});
test.afterAll(async () => demo?.stop());

const shots = (page: Page, name: string, view: Locator) => screenshots(DIR, page, name, { view });

/** The JSON the entry detail shows (its read-only editor's model). */
async function detailJson(page: Page): Promise<{ id?: unknown; params?: { arguments?: unknown; _meta?: { progressToken?: unknown } } }> {
  const detail = page.getByTestId("entry-detail");
  await expect(detail.getByTestId("code-editor")).toHaveAttribute("data-ready", "true");
  const text = await page.evaluate(() =>
    (window as unknown as { monaco: typeof import("monaco-editor") }).monaco.editor
      .getModels()
      .find((m) => m.uri.toString() === "inmemory://timeline/selected-entry.json")!
      .getValue(),
  );
  return JSON.parse(text) as never;
}

/** Runs echo with `message` and selects its request in the timeline (found by searching for the message). */
async function echoAndSelect(page: Page, message: string) {
  const tools = await pickTool(page, "echo");
  await tools.getByRole("textbox", { name: /^message/ }).fill(message);
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText(message);
  await page.getByRole("searchbox", { name: "Search messages" }).fill(message);
  const rows = page.getByTestId("timeline-row");
  await expect(rows).toHaveCount(2);
  await rows.and(page.locator('[data-kind="request"]')).click();
  await expect(page.getByTestId("entry-detail")).toContainText("tools/call");
}

test("Run again: the same request goes again, the timeline has it, and the detail jumps to it", async ({ page }) => {
  await openDemo(page, demo.url);
  await echoAndSelect(page, "again please");
  const first = await detailJson(page);
  await page.getByTestId("entry-detail").getByRole("button", { name: "Run again" }).click();
  const status = page.getByTestId("resend-status");
  await expect(status).toHaveText(/^sent again as seq \d+, answered in seq \d+$/);
  // Both requests and both responses now match the search.
  await expect(page.getByTestId("timeline-row")).toHaveCount(4);
  await shots(page, "timeline-sent-again", page.getByTestId("entry-detail"));
  const newSeq = (await page.getByTestId("resend-jump").textContent())!.replace(/^seq /, "");
  await page.getByTestId("resend-jump").click();
  await expect(page.getByTestId("entry-detail")).toContainText(`seq ${newSeq} tools/call`);
  const again = await detailJson(page);
  expect(again.params?.arguments).toEqual(first.params?.arguments);
  expect(again.id).not.toEqual(first.id);
  // A progress token is the engine's, minted per request: never the first one's again.
  if (first.params?._meta?.progressToken !== undefined)
    expect(again.params?._meta?.progressToken).not.toEqual(first.params._meta.progressToken);
});

test("Edit and run: the Raw tab opens with the request's method and params, ready to send", async ({ page }) => {
  await openDemo(page, demo.url);
  await echoAndSelect(page, "edit me");
  await page.getByTestId("entry-detail").getByRole("button", { name: "Edit and run" }).click();
  await expect(page.getByRole("tab", { name: /^Raw/ })).toHaveAttribute("aria-selected", "true");
  const raw = page.locator("#main-panel-raw");
  await expect(raw.getByTestId("code-editor")).toHaveAttribute("data-ready", "true");
  const text = await page.evaluate(() =>
    (window as unknown as { monaco: typeof import("monaco-editor") }).monaco.editor
      .getModels()
      .find((m) => m.uri.toString() === "inmemory://raw/request.json")!
      .getValue(),
  );
  const draft = JSON.parse(text) as { method: string; params: { name: string; arguments: unknown; _meta?: unknown } };
  expect(draft.method).toBe("tools/call");
  expect(draft.params.name).toBe("echo");
  expect(draft.params.arguments).toEqual({ message: "edit me" });
  expect(JSON.stringify(draft)).not.toContain("progressToken");
  await shots(page, "raw-edit-and-send", raw.getByRole("button", { name: "Send request" }));
  await raw.getByRole("button", { name: "Send request" }).click();
  await expect(raw.getByTestId("raw-outcome")).toHaveAttribute("data-kind", "result");
  await expect(raw.getByTestId("raw-result")).toContainText("edit me");
});

test("the entry detail closes with its button and with Escape", async ({ page }) => {
  await openDemo(page, demo.url);
  const list = page.getByTestId("timeline");
  await expect(list.getByText("initialize", { exact: true })).toBeVisible();
  await list.getByText("initialize", { exact: true }).click();
  const detail = page.getByTestId("entry-detail");
  await expect(detail).toBeVisible();
  await detail.getByRole("button", { name: "Close the entry" }).click();
  await expect(detail).toHaveCount(0);
  await expect(list).toBeFocused();
  // Selecting again opens it; Escape closes it.
  await page.keyboard.press("Home");
  await expect(detail).toContainText("seq 1 ");
  await page.keyboard.press("Escape");
  await expect(detail).toHaveCount(0);
});

test('the "error" chip shows a tool result with isError; a cancelled call is marked in its row', async ({ page }) => {
  await openDemo(page, demo.url);
  // An unknown tool: the server answers with a result whose isError is true (not a JSON-RPC error).
  const raw = await openTab(page, "Raw");
  await clearRawEditor(page, raw);
  await page.keyboard.insertText('{ "method": "tools/call", "params": { "name": "no-such-tool" } }');
  await raw.getByRole("button", { name: "Send request" }).click();
  await expect(raw.getByTestId("raw-outcome")).toHaveAttribute("data-kind", "result");
  await page.getByRole("button", { name: "error", exact: true }).click();
  await expect(
    page.locator('[data-testid="timeline-row"]', { hasText: "response to tools/call" }).filter({ hasText: "isError" }).first(),
  ).toBeVisible();
  await page.getByRole("button", { name: "error", exact: true }).click();

  const tools = await pickTool(page, "trigger-long-running-operation");
  await tools.getByRole("spinbutton", { name: /^duration/ }).fill("20");
  await tools.getByRole("spinbutton", { name: /^steps/ }).fill("10");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const bar = tools.getByRole("progressbar", { name: "Progress of trigger-long-running-operation" });
  await expect(bar).toHaveAttribute("aria-valuenow", "1");
  await tools.getByRole("button", { name: "Cancel" }).click();
  await expect(tools.getByRole("alert")).toContainText("cancelled");
  const cancelled = page.locator('[data-testid="timeline-row"][data-cancelled="true"]');
  await expect(cancelled).toHaveCount(1);
  await expect(cancelled).toContainText("tools/call");
  await expect(cancelled.getByTestId("cancelled-mark")).toHaveText(/cancelled/);
  await cancelled.click();
  await expect(page.getByTestId("entry-cancelled-by")).toBeVisible();
  await shots(page, "timeline-cancelled", cancelled);
});

test('"Follow newest" sits under the rows, not over them', async ({ page }) => {
  await openDemo(page, demo.url);
  await page.setViewportSize({ width: 1440, height: 600 });
  const list = page.getByTestId("timeline");
  // Some entries, and the detail open, so the list scrolls.
  for (let i = 0; i < 4; i++) {
    await page.getByRole("button", { name: "Ping", exact: true }).click();
    await expect(page.getByTestId("ping-rtt")).toHaveText(/round trip \d/);
  }
  await page.getByTestId("timeline-row").last().click();
  await expect(page.getByTestId("entry-detail")).toBeVisible();
  await list.evaluate((el) => (el.scrollTop = 0));
  const follow = page.getByRole("button", { name: "↓ Follow newest" });
  await expect(follow).toBeVisible();
  const listBox = (await list.boundingBox())!;
  const buttonBox = (await follow.boundingBox())!;
  expect(buttonBox.y).toBeGreaterThanOrEqual(listBox.y + listBox.height - 0.5);
  await shots(page, "timeline-follow-newest", follow);
  await follow.click();
  await expect(follow).toHaveCount(0);
});

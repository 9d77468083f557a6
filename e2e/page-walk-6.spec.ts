import type { Page } from "@playwright/test";
import { encodeSessionLink } from "../lib/session/share-link";
import type { SessionFile } from "../lib/session/file";
import { listAll } from "../server/headless/listing";
import { recordSession } from "../test/helpers/sessions";
import { fixture } from "../test/helpers/fixtures";
import { expect, startInspector, test } from "./inspector";
import { openDemo, pickTool } from "./protocol-helpers";
import { screenshots } from "./shots";

// Issue 92, "The page, sixth walk". WALK6_SHOTS=<folder> writes screenshots, light and dark, at
// 1440 × 900 and 420 px.
const SHOTS = process.env.WALK6_SHOTS;

let recording: SessionFile;
test.beforeAll(async () => {
  recording = await recordSession(fixture("versioned-server", [], { SURFACE_VERSION: "1" }), async (e) => {
    await listAll(e, "tools/list", "tools");
  });
});

/** The horizontal space between each tab's label and the next one's, in px. */
const labelGaps = (page: Page, bar: string) =>
  page.locator(bar).evaluate((el) => {
    const boxes = [...el.querySelectorAll('[role="tab"]')].map((t) => {
      const r = document.createRange();
      r.selectNodeContents(t.firstChild!);
      return r.getBoundingClientRect();
    });
    return boxes.slice(1).map((b, i) => b.left - boxes[i].right);
  });

test("5. the recording view's tabs read as separate tabs, not one line of words", async ({ page, demo }) => {
  const { url } = await encodeSessionLink(recording, demo.origin);
  await page.goto(url);
  const view = page.getByTestId("recording-view");
  await expect(view.getByRole("tab", { name: "Replay diff" })).toBeVisible();
  // A word space is about 4 px at this size: at 0.14rem a side they read "Server Tool results (2) Problems".
  for (const gap of await labelGaps(page, '[role="tablist"][aria-label="Recording"]')) expect(gap).toBeGreaterThanOrEqual(16);
  await screenshots(SHOTS, page, "walk6-recording-tabs");
});

test("4. Open in a new tab: the new tab is in without the token, by a code that works once", async ({ page, demo, context }) => {
  await openDemo(page, demo.url);
  const [tab] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: "Open in a new tab" }).click()]);
  await expect(tab.getByTestId("session-status")).toHaveText("Connected");
  // The address holds no token (the code rode in the fragment and is spent: the page removed it).
  expect(tab.url()).not.toContain(demo.token);
  expect(tab.url()).not.toContain("token=");
  await tab.close();
});

test("3. the timeline and the result card say seq and id", async ({ page }) => {
  // Its own inspector: an echo call in the worker's demo would be a second one in other specs' timelines.
  const own = await startInspector(["--demo"]);
  try {
    await openDemo(page, own.url);
    const tools = await pickTool(page, "echo");
    await tools.getByRole("textbox", { name: /^message/ }).fill("walk 6");
    await tools.getByRole("button", { name: "Run tool" }).click();
    const result = tools.getByTestId("tool-result");
    await expect(result.getByRole("button", { name: /^Request seq \d+$/ })).toBeVisible();
    await expect(result.getByRole("button", { name: /^Response seq \d+$/ })).toBeVisible();
    await expect(page.getByTestId("timeline-row").filter({ hasText: "tools/call" }).first()).toContainText(/id \d+/);
    await screenshots(SHOTS, page, "walk6-seq-and-id");
  } finally {
    await own.stop();
  }
});

test("5. the connect form's examples read as examples", async ({ page }) => {
  const bare = await startInspector([]);
  try {
    await page.goto(bare.url);
    const args = page.getByRole("textbox", { name: "Arguments" });
    await expect(args).toHaveAttribute("placeholder", "e.g. -y @modelcontextprotocol/server-everything");
    await expect(args).toHaveValue("");
    await screenshots(SHOTS, page, "walk6-connect-form");
  } finally {
    await bare.stop();
  }
});

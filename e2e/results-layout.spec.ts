import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, startInspector, test, type RunningInspector } from "./inspector";
import { openDemo, openTab, pickTool } from "./protocol-helpers";

// Issue 25 item 3: at 1440×900 a person runs a tool and reads a resource without scrolling. The
// list sits beside the detail, a listed resource is read on one click, markdown is rendered
// (source a click away), an image is an image. LAYOUT_SHOTS=<folder> writes screenshots at
// 1440, 1920 and 420 px, light and dark, to look at.
const SHOTS = process.env.LAYOUT_SHOTS;
const MARKDOWN_URI = "demo://resource/static/document/architecture.md";

let demo: RunningInspector;
test.beforeAll(async () => {
  demo = await startInspector(["--demo"]);
});
test.afterAll(async () => demo?.stop());

/** How far the centre pane (the scroller of the tabs) has been scrolled. */
const paneScroll = (page: Page) => page.locator(".pane-center").evaluate((el) => el.scrollTop);

/** Waits until neither the window nor the centre pane moves for a few frames (a smooth scroll has ended). */
async function settled(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const pane = document.querySelector(".pane-center");
        let last = "";
        let still = 0;
        const tick = () => {
          const now = `${window.scrollY}/${pane?.scrollTop}`;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 5) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Tool rows wholly visible: inside the list's scroll box and the window. */
async function visibleToolRows(page: Page): Promise<number> {
  const list = page.getByRole("navigation", { name: "Tools" });
  const box = (await list.locator("ul").boundingBox())!;
  const bottom = Math.min(box.y + box.height, page.viewportSize()!.height) + 1;
  let n = 0;
  for (const row of await list.getByRole("listitem").all()) {
    const b = await row.boundingBox();
    if (b && b.height > 0 && b.y >= box.y - 1 && b.y + b.height <= bottom) n++;
  }
  return n;
}

async function runGetSum(page: Page) {
  const tools = await pickTool(page, "get-sum");
  await tools.getByRole("spinbutton", { name: /^a/ }).fill("2");
  await tools.getByRole("spinbutton", { name: /^b/ }).fill("40");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const result = tools.getByTestId("tool-result");
  await expect(result).toContainText("The sum of 2 and 40 is 42.");
  return { tools, result };
}

test("at 1440×900 the tools list is beside the form: 10+ tools in view, and the result of Run lands in view without scrolling", async ({
  page,
}) => {
  await openDemo(page, demo.url);
  await openTab(page, "Tools");
  await expect(page.getByTestId("tool-get-sum")).toBeVisible();
  // With the tabs in two rows of whole tabs (issue 54: every tab named in full) and the server
  // list's line, 10 again since a row of the list beside the tool shows one line of its
  // description (issue 73: it was 9 of the 19).
  expect(await visibleToolRows(page)).toBeGreaterThanOrEqual(10);

  const { tools, result } = await runGetSum(page);
  const list = (await tools.getByRole("navigation", { name: "Tools" }).boundingBox())!;
  const runner = (await tools.locator("article.tool-runner").boundingBox())!;
  expect(runner.x).toBeGreaterThanOrEqual(list.x + list.width);
  expect(runner.y).toBeLessThan(list.y + 60);
  await expect(result).toHaveAttribute("data-status", "ok");
  await expect(result.getByTestId("result-badge")).toHaveText("success");
  const box = (await result.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  // Nothing scrolled to show it.
  expect(await paneScroll(page)).toBe(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test("an image a tool returns is shown as an image (data: URL, loaded under the page's CSP)", async ({ page }) => {
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "get-tiny-image");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const img = tools.getByTestId("tool-result").locator('[data-content-type="image"] img');
  await expect(img).toHaveAttribute("src", /^data:image\/png;base64,/);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  await expect(img).toBeInViewport();
});

test("at 1440×900 one click on a resource reads it; markdown is rendered in view, with its source a click away", async ({ page }) => {
  await openDemo(page, demo.url);
  const res = await openTab(page, "Resources");
  await res.getByTestId(`resource-${MARKDOWN_URI}`).click();
  const md = res.getByTestId("resource-markdown");
  await expect(md).toBeVisible();
  // Rendered: headings are headings, not "# …" text.
  await expect(md.getByRole("heading").first()).toBeVisible();
  expect(await md.textContent()).not.toMatch(/^#\s/m);
  await expect(md).toBeInViewport();
  const top = (await md.boundingBox())!.y;
  expect(top).toBeLessThan(900 - 100);
  expect(await paneScroll(page)).toBe(0);
  // The list stays beside it.
  const list = (await res.getByRole("navigation", { name: "Resources" }).boundingBox())!;
  expect((await md.boundingBox())!.x).toBeGreaterThanOrEqual(list.x + list.width);
  // One read in the record for one click.
  await expect(page.locator('[data-testid="timeline-row"][data-kind="request"]', { hasText: "resources/read" })).toHaveCount(1);

  const toggle = res.getByRole("group", { name: `Show ${MARKDOWN_URI} as` });
  await toggle.getByRole("button", { name: "Source" }).click();
  await expect(md).toHaveCount(0);
  await expect(res.getByText("# ", { exact: false }).first()).toBeVisible();
  await toggle.getByRole("button", { name: "Rendered" }).click();
  await expect(res.getByTestId("resource-markdown")).toBeVisible();
});

test("at 420 px list and detail stack: the picked tool's form comes into view and its result follows Run", async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 900 });
  await openDemo(page, demo.url);
  await openTab(page, "Tools");
  const { tools, result } = await runGetSum(page);
  // Both boxes read in one frame: the result's smooth scroll into view may still be moving the
  // pane, and two reads apart saw the runner 1.8 px "above" the list's end (a fresh-clone run).
  await expect(tools.getByRole("navigation", { name: "Tools" })).toBeVisible();
  const [list, runner] = await tools.evaluate((el) =>
    ['nav[aria-label="Tools"]', "article.tool-runner"].map((sel) => el.querySelector(sel)!.getBoundingClientRect().toJSON() as DOMRect),
  );
  expect(runner.y).toBeGreaterThanOrEqual(list.y + list.height - 1);
  expect(runner.width).toBeGreaterThan(300);
  await expect(result).toBeInViewport({ ratio: 0.3 });
  // Nothing sticks out sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
});

for (const width of [1440, 1920, 420]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`screenshots at ${width} px, ${colorScheme}`, async ({ page }) => {
      test.skip(!SHOTS, "set LAYOUT_SHOTS=<folder> to write the screenshots");
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await openDemo(page, demo.url);
      const tools = await pickTool(page, "get-tiny-image");
      await tools.getByRole("button", { name: "Run tool" }).click();
      await expect(tools.getByTestId("tool-result")).toBeVisible();
      await settled(page);
      await page.screenshot({ path: path.join(SHOTS!, `tools-${width}-${colorScheme}.png`) });
      await runGetSum(page);
      await settled(page);
      await page.screenshot({ path: path.join(SHOTS!, `tools-sum-${width}-${colorScheme}.png`) });
      const res = await openTab(page, "Resources");
      await res.getByTestId(`resource-${MARKDOWN_URI}`).click();
      await expect(res.getByTestId("resource-markdown")).toBeVisible();
      await settled(page);
      await page.screenshot({ path: path.join(SHOTS!, `resources-${width}-${colorScheme}.png`) });
    });
  }
}

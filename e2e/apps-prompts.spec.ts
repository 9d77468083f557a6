import type { Page } from "@playwright/test";
import { expect, repoPath, sharedInspectors, test } from "./inspector";
import { screenshots } from "./shots";

// The host's prompts for an App's ui/open-link and ui/request-display-mode: drawn by the page over
// the App's frame. A prompt that pushed the frame down moved the App under the pointer (a click
// meant for the App's next button landed on its text), and in fullscreen it was hidden under the
// stage. Its buttons also wait a moment, so a click the person already started cannot answer it.
const FIXTURE = repoPath("test/fixtures/app-server.mjs");
// One launcher for the spec: each test reads only its own page's prompts.
const inspectorOf = sharedInspectors();

async function runPanel(page: Page) {
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByTestId("tool-show-panel").click();
  await page.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByTestId("tool-result")).toHaveAttribute("data-status", "ok");
  const app = page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
  await expect(app.locator("#result")).toHaveText("panel for nobody");
  return app;
}

/** Notes, in the page, when each host prompt appears and when its buttons become usable. */
async function watchPrompts(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { promptTimes: { appeared: number; armed?: number }[] };
    w.promptTimes = [];
    let current: { el: Element; times: { appeared: number; armed?: number } } | undefined;
    new MutationObserver(() => {
      const el = document.querySelector('[role="alertdialog"]');
      if (el && el !== current?.el) {
        current = { el, times: { appeared: performance.now() } };
        w.promptTimes.push(current.times);
      }
      if (current && current.times.armed === undefined && [...current.el.querySelectorAll("button")].every((b) => !b.disabled))
        current.times.armed = performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["disabled"] });
  });
  return () => page.evaluate(() => (window as unknown as { promptTimes: { appeared: number; armed?: number }[] }).promptTimes);
}

/** The label of the prompt that is topmost at the middle of `box`: what a click there reaches. */
function topmostAt(page: Page, box: { x: number; y: number; width: number; height: number }) {
  return page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.closest("[role='alertdialog']")?.getAttribute("aria-label") ?? "not a prompt",
    [box.x + box.width / 2, box.y + box.height / 2],
  );
}

test("a link prompt lies over the App: the frame does not move when it comes or goes, and its buttons wait a moment", async ({ page }) => {
  const inspector = await inspectorOf([process.execPath, FIXTURE]);
  await page.goto(inspector.url);
  const app = await runPanel(page);
  const frame = page.getByTestId("app-frame");
  // How far down the App panel the frame sits (clicks may scroll the page or the stage, not this),
  // both boxes read in one frame: two reads apart straddled a scroll and differed by 4 px (a
  // fresh-clone run's red) though the frame had not moved in the panel.
  const depth = () =>
    frame.evaluate((el) => el.getBoundingClientRect().y - el.closest('[data-testid="app-panel"]')!.getBoundingClientRect().y);
  // Taken once the panel has settled: in two fresh-clone runs the frame sat 4 and 10 px lower
  // just after the App's first result than a moment later, before any prompt (cause not found yet:
  // something above the frame in the panel settles late).
  let before = await depth();
  await expect
    .poll(
      async () => {
        const was = before;
        before = await depth();
        return before === was;
      },
      { intervals: [250, 250, 500, 1000] },
    )
    .toBe(true);
  const times = await watchPrompts(page);

  await app.getByRole("button", { name: "Open link", exact: true }).click();
  const prompt = page.getByRole("alertdialog", { name: "The App asks to open a link" });
  await expect(prompt).toContainText("example.com");
  expect(await depth()).toBe(before);
  // Drawn over the App, by the page: a click at its middle reaches the prompt, not the App.
  expect(await topmostAt(page, (await prompt.boundingBox())!)).toBe("The App asks to open a link");
  await screenshots(process.env.APPS_SHOTS, page, "app-link-prompt", { view: page.getByTestId("app-stage") });

  await prompt.getByRole("button", { name: "Refuse", exact: true }).click();
  await expect(prompt).toHaveCount(0);
  expect(await depth()).toBe(before);
  // The App's next button is where it was: the click reaches it at once.
  await app.getByRole("button", { name: "Grow", exact: true }).click();
  await expect.poll(async () => (await frame.boundingBox())?.height).toBe(420);

  const [shown] = await times();
  expect(shown.armed, "the prompt's buttons became usable").toBeDefined();
  expect(shown.armed! - shown.appeared).toBeGreaterThanOrEqual(450);
});

test("in fullscreen, a link prompt is in sight over the App, below the host's bar", async ({ page }) => {
  const inspector = await inspectorOf([process.execPath, FIXTURE]);
  await page.goto(inspector.url);
  const app = await runPanel(page);
  await app.getByRole("button", { name: "Fullscreen", exact: true }).click();
  await page.getByRole("alertdialog", { name: "The App asks for fullscreen" }).getByRole("button", { name: "Allow" }).click();
  await expect(page.getByTestId("app-stage")).toHaveClass(/app-mode-fullscreen/);
  // The App fills the window below the host's bar (it was a 150 px strip: an iframe of height
  // auto), and the container it is told of is that area, not the inline column.
  const viewport = page.viewportSize()!;
  const hostBar = (await page.getByTestId("app-host-bar").boundingBox())!;
  await expect
    .poll(async () => {
      const f = (await page.getByTestId("app-frame").boundingBox())!;
      return [Math.round(f.width), Math.round(f.y + f.height)];
    })
    .toEqual([viewport.width, viewport.height]);
  const area = { width: viewport.width, height: Math.round(viewport.height - hostBar.y - hostBar.height) };
  await expect(app.locator("#context")).toContainText(`"containerDimensions":{"width":${area.width},"height":`);
  const told = JSON.parse((await app.locator("#context").textContent())!) as { containerDimensions: { height: number } };
  expect(Math.abs(told.containerDimensions.height - area.height)).toBeLessThanOrEqual(1);

  // The frame just moved and grew (inline to fullscreen). Chromium routes a mouse click into a
  // frame of another process by where the frame was last drawn, not where layout now puts it: on
  // a loaded machine the click went to the App's old place, unseen by Playwright (its hit-target
  // check runs in the App, which then sees no event at all), and the prompt never came (issue
  // 76). Where the pointer lands is the browser's business, not what this test is about (a person
  // cannot click within the frame it takes to draw): the App's button is clicked in the App's own
  // document, and the host's prompt is what is checked.
  await app.getByRole("button", { name: "Open link", exact: true }).dispatchEvent("click");
  await expect(app.locator("#clicked")).toHaveText("link");
  const prompt = page.getByRole("alertdialog", { name: "The App asks to open a link" });
  await expect(prompt).toBeInViewport();
  expect(await topmostAt(page, (await prompt.boundingBox())!)).toBe("The App asks to open a link");
  const bar = (await page.getByTestId("app-host-bar").boundingBox())!;
  expect((await prompt.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  await screenshots(process.env.APPS_SHOTS, page, "app-link-prompt-fullscreen");

  await prompt.getByRole("button", { name: "Refuse", exact: true }).click();
  await expect(app.locator("#out")).toHaveText(/isError/);
});

test("a second link asked while one waits replaces the prompt, and the first request is answered as refused", async ({ page }) => {
  const inspector = await inspectorOf([process.execPath, FIXTURE]);
  await page.goto(inspector.url);
  const app = await runPanel(page);
  await app.getByRole("button", { name: "Open two links", exact: true }).click();
  const prompt = page.getByRole("alertdialog", { name: "The App asks to open a link" });
  await expect(prompt).toContainText("https://example.com/second");
  await expect(prompt).toHaveCount(1);
  await prompt.getByRole("button", { name: "Refuse", exact: true }).click();
  // Both of the App's requests answered: the first when the second replaced it, the second by the person.
  await expect(app.locator("#out")).toHaveText('[{"isError":true},{"isError":true}]');
});

import type { Page } from "@playwright/test";
import { expect, repoPath, startInspector, test } from "./inspector";

test("filter the timeline by direction, kind, method and text", async ({ page, demo }) => {
  await page.goto(demo.url);
  const rows = page.getByTestId("timeline-row");
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId("timeline").getByText("initialize", { exact: true })).toBeVisible();

  await page.getByRole("combobox", { name: "Method" }).selectOption("initialize");
  await expect(rows).toHaveCount(2); // the request and its response
  await expect(rows.nth(0)).toHaveAttribute("data-kind", "request");
  await expect(rows.nth(1)).toHaveAttribute("data-kind", "response");

  await page.getByRole("combobox", { name: "Direction" }).selectOption("server->client");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("response to initialize");

  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.getByRole("button", { name: "lifecycle", exact: true }).click();
  await expect(rows.first()).toHaveAttribute("data-kind", "lifecycle");
  for (const kind of await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")))) expect(kind).toBe("lifecycle");

  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.getByRole("searchbox", { name: "Search messages" }).fill("clientInfo");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("initialize");
  await expect(page.getByTestId("timeline-count")).toHaveText(/^1 of \d+ entries$/);
});

test("the timeline is keyboard reachable: arrows select entries, the detail follows", async ({ page, demo }) => {
  await page.goto(demo.url);
  const list = page.getByTestId("timeline");
  await expect(list.getByText("initialize", { exact: true })).toBeVisible();
  await list.focus();
  await page.keyboard.press("Home");
  await expect(page.getByTestId("entry-detail")).toContainText("seq 1 ");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("entry-detail")).toContainText("seq 2 ");
  await expect(list).toHaveAttribute("aria-activedescendant", "entry-2");
});

test("reload, and a second tab, show the same session and the whole timeline", async ({ page, context, demo }) => {
  await page.goto(demo.url);
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByTestId("tool-echo").click();
  await page.getByRole("textbox", { name: /^message/ }).fill("still here after a reload");
  await page.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("still here after a reload");
  // The result view renders from the reply at once; the timeline takes its entries a frame later
  // (it flushes after a frame): count once the call's response is in it (CI read 20, then 21).
  // Found by its seq, which the result names: the demo is the worker's, and its other tests' echo
  // calls left responses of the same text (a fresh clone's run found three).
  const responseSeq = (await page.getByRole("button", { name: /^Response seq \d+$/ }).textContent())!.replace(/\D+/g, "");
  await expect(page.locator(`#entry-${responseSeq}`)).toContainText("response to tools/call echo");
  const count = await page.getByTestId("timeline-count").textContent();

  await page.reload();
  await expect(page).not.toHaveURL(/token=/);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  await expect(page.getByTestId("timeline-count")).toHaveText(count!);
  await page.getByRole("searchbox", { name: "Search messages" }).fill("still here after a reload");
  await expect(page.getByTestId("timeline-row")).toHaveCount(2);

  // A second tab on the same origin without the token in its URL: the kept token gets it in.
  const second = await context.newPage();
  // The token lives in the tab (sessionStorage): a second tab opens the URL the launcher printed.
  await second.goto(demo.url);
  await expect(second.getByTestId("server-name")).toHaveText("Everything Reference Server");
  // The history arrives after the welcome: wait for it rather than read the first count shown.
  await expect
    .poll(async () => Number((await second.getByTestId("timeline-count").textContent())?.split(" ")[0] ?? 0))
    .toBeGreaterThanOrEqual(Number(count!.split(" ")[0]));
});

test("20,000 entries: the list stays virtualized and follows the newest", async ({ page }) => {
  const inspector = await startInspector([process.execPath, repoPath("test/fixtures/page-fixture-server.mjs")]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Tools" }).click();
    await page.getByTestId("tool-flood").click();
    await page.getByRole("spinbutton", { name: /^count/ }).fill("20000");
    await page.getByRole("button", { name: "Run tool" }).click();
    await expect(page.getByTestId("tool-result")).toContainText("sent 20000");
    await expect(page.getByTestId("timeline-count")).toHaveText(/^200\d\d entries$/);
    // Following: the response to the flood call, the newest entry, is in view.
    await expect(page.getByTestId("timeline").getByText("response to tools/call").last()).toBeInViewport();
    const rows = await page.getByTestId("timeline-row").count();
    expect(rows).toBeLessThan(150);
    // Scrolled away: it stops following until asked.
    await page.getByTestId("timeline").evaluate((el) => (el.scrollTop = 1000));
    await expect(page.getByRole("button", { name: "↓ Follow newest" })).toBeVisible();
  } finally {
    await inspector.stop();
  }
});

/** The demo at 1440×900, connected, with a dozen pings' worth of entries: more than a shorter list holds. */
async function timelineOfPings(page: Page, url: string) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  await page.getByRole("tab", { name: "Tools" }).click();
  for (let i = 0; i < 12; i++) await page.getByRole("button", { name: "Ping", exact: true }).click();
  await expect(page.getByTestId("timeline-count")).toHaveText(/^(\d{3,}|[2-9]\d) entries$/);
  return page.getByTestId("timeline");
}

test("following the newest, the list keeps it in sight when the window gets shorter: no blank rows", async ({ page, demo }) => {
  const list = await timelineOfPings(page, demo.url);
  await expect.poll(() => list.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1280, height: 600 });
  const atEnd = () => list.evaluate((el) => Math.abs(el.scrollHeight - el.clientHeight - el.scrollTop) <= 1);
  await expect.poll(atEnd).toBe(true);
  // Every row slot in sight is drawn: the rendered rows cover the visible band.
  const band = await list.evaluate((el) => {
    const origin = el.getBoundingClientRect().top - el.scrollTop;
    const rows = [...el.querySelectorAll('[data-testid="timeline-row"]')].map((r) => r.getBoundingClientRect().top - origin);
    return { top: el.scrollTop, bottom: el.scrollTop + el.clientHeight, first: Math.min(...rows), last: Math.max(...rows) };
  });
  expect(band.first).toBeLessThanOrEqual(band.top);
  expect(band.last).toBeGreaterThanOrEqual(band.bottom - 40);
  await expect(page.getByRole("button", { name: "↓ Follow newest" })).toHaveCount(0);
});

test("following the newest, a click on a row in sight near the end keeps following: the detail opens and new entries come into view", async ({
  page,
  demo,
}) => {
  const list = await timelineOfPings(page, demo.url);
  const atEnd = () =>
    list.evaluate((el) => el.scrollHeight - el.clientHeight > 0 && Math.abs(el.scrollHeight - el.clientHeight - el.scrollTop) <= 1);
  await expect.poll(atEnd).toBe(true);
  // The third row from the end, in sight: the detail that opens under the list hides it for a
  // moment (the list gets shorter), which stopped following, as if the person had scrolled away.
  const seqs = await page
    .getByTestId("timeline-row")
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-seq"))).sort((a, b) => a - b));
  const third = page.locator(`[data-testid="timeline-row"][data-seq="${seqs[seqs.length - 3]}"]`);
  await expect(third).toBeInViewport();
  await third.click();
  await expect(page.locator(".timeline .entry-detail")).toBeVisible();
  await expect(page.getByRole("button", { name: "↓ Follow newest" })).toHaveCount(0);
  await page.getByRole("button", { name: "Ping", exact: true }).click();
  const newest = () =>
    page.getByTestId("timeline-row").evaluateAll((els) => Math.max(...els.map((e) => Number(e.getAttribute("data-seq")))));
  await expect.poll(newest).toBeGreaterThan(seqs[seqs.length - 1]);
  await expect(page.locator(`[data-testid="timeline-row"][data-seq="${await newest()}"]`)).toBeInViewport();
  await expect.poll(atEnd).toBe(true);
});

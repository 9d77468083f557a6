import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { expect, repoPath, startInspector, test } from "./inspector";

// Issue 50: the sandbox locked. Hostile Apps from test/fixtures/apps-hostile/server.mjs.
const FIXTURE = repoPath("test/fixtures/apps-hostile/server.mjs");

/** A loopback listener that must receive nothing: every request it gets is an App's navigation that left. */
async function listener() {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    res.writeHead(200, { "Content-Type": "text/html", "Allow-CSP-From": "*" });
    res.end("<p>landed</p>");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/land`, hits, close: () => server.close() };
}

async function runApp(page: Page, tool: string, args = "{}") {
  await page.getByRole("tab", { name: "Apps" }).click();
  await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: tool, exact: true }).click();
  await page.getByLabel(`Arguments of ${tool} (JSON)`).fill(args);
  await page.getByRole("button", { name: `Run ${tool}` }).click();
  return page.getByTestId("app-panel").frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
}

for (const how of ["href", "meta", "link"]) {
  test(`an App navigating its frame by ${how} reaches no listener: the proxy's frame-src stops it before a request leaves`, async ({
    page,
  }) => {
    const land = await listener();
    const inspector = await startInspector([process.execPath, FIXTURE, "--landing", land.url]);
    try {
      await page.goto(inspector.url);
      await runApp(page, "navigate", JSON.stringify({ how }));
      // The blocked navigation still ends the App's document: the proxy tears it down and says so.
      await expect(page.getByTestId("app-navigated")).toContainText("tore it down");
      expect(land.hits).toEqual([]);
    } finally {
      await inspector.stop();
      land.close();
    }
  });
}

test("an App submitting a form to its own frame reaches no listener (form-action and frame-src both refuse it)", async ({ page }) => {
  const land = await listener();
  const inspector = await startInspector([process.execPath, FIXTURE, "--landing", land.url]);
  try {
    await page.goto(inspector.url);
    await runApp(page, "navigate", JSON.stringify({ how: "form" }));
    // Refused by the App's form-action (a CSP violation in the timeline), or by the proxy's frame-src (the App is torn down).
    const refused = page
      .getByTestId("timeline-row")
      .filter({ hasText: "App CSP violation: form-action" })
      .or(page.getByTestId("app-navigated"));
    await expect(refused.first()).toBeVisible();
    expect(land.hits).toEqual([]);
  } finally {
    await inspector.stop();
    land.close();
  }
});

test("an App that declares one frameDomain may not navigate to another: the proxy's policy names only the declared one", async ({
  page,
}) => {
  const land = await listener();
  const declared = await listener();
  const inspector = await startInspector([process.execPath, FIXTURE, "--landing", land.url, "--declared", new URL(declared.url).origin]);
  try {
    await page.goto(inspector.url);
    // The App's own proxy (the idle warm-up proxy loaded at the pick names no frame).
    const proxy = page.waitForResponse((r) => new URL(r.url()).pathname === "/sandbox" && new URL(r.url()).searchParams.has("frame"));
    await runApp(page, "declared", JSON.stringify({ how: "href" }));
    // The proxy page's policy: its frame may load the declared origin, and nothing else.
    expect((await proxy).headers()["content-security-policy"]).toMatch(new RegExp(`; frame-src ${new URL(declared.url).origin}$`));
    await expect(page.getByTestId("app-navigated")).toContainText("tore it down");
    expect(land.hits).toEqual([]);
    expect(declared.hits).toEqual([]);
  } finally {
    await inspector.stop();
    land.close();
    declared.close();
  }
});

test("an App posting the proxy's own notices is not the proxy: no teardown, no dropped count, and it keeps working", async ({ page }) => {
  const inspector = await startInspector([process.execPath, FIXTURE]);
  try {
    await page.goto(inspector.url);
    const app = await runApp(page, "forge");
    await expect(app.locator("#out")).toHaveText("echo: still alive");
    const panel = page.getByTestId("app-panel");
    await expect(panel.getByTestId("app-frame")).toHaveCount(1);
    await expect(panel.getByTestId("app-navigated")).toHaveCount(0);
    await expect(panel.getByTestId("app-proxy-dropped")).toHaveCount(0);
    // None of the forged envelopes reached the page's log either.
    await expect(panel.getByTestId("app-message").locator("summary code", { hasText: /^x\/forged$/ })).toHaveCount(0);
  } finally {
    await inspector.stop();
  }
});

test("an App posting 50,000 notifications: the proxy drops and counts what is over its bound, and the page still answers", async ({
  page,
}) => {
  const inspector = await startInspector([process.execPath, FIXTURE]);
  try {
    await page.goto(inspector.url);
    // Every long task (over 50 ms) of the page's event loop from here on, with its start on the epoch clock.
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.longTasks.push({
            start: performance.timeOrigin + e.startTime,
            duration: e.duration,
            // Which context ran it ("self", a same- or cross-origin frame), for a person reading a failure.
            name: e.name,
            container: (e as unknown as { attribution?: { containerSrc?: string; containerType?: string }[] }).attribution
              ?.map((a) => `${a.containerType}:${a.containerSrc}`)
              .join(" "),
          } as never);
      }).observe({ type: "longtask" });
    });
    // The page's long tasks are reported, not judged: a time is the bench's to measure beside a
    // baseline (CONVENTIONS 12), and on this shared 2-core machine an idle page had 50-90 ms tasks.
    const app = await runApp(page, "flood");
    await expect(app.locator("#out")).toHaveText("posted 50000");
    // When the App began and ended its posting loop, on the browser's one epoch clock
    // (performance.timeOrigin + now in each document). The loop runs in the App's own process; on a
    // loaded machine (2 cores, load 18) it took 7 s, and every process starved, the page too, with
    // or without a flood (an App that posts nothing gave the page 50-90 ms tasks while it loaded).
    const floodStart = Number(await app.locator("body").getAttribute("data-start"));
    const floodEnd = Number(await app.locator("body").getAttribute("data-end"));
    // The proxy dropped what was over its bound, and said how much.
    const dropped = page.getByTestId("app-proxy-dropped");
    await expect(dropped).toContainText(/the sandbox dropped \d{5} of its messages/);
    // Until the proxy has worked through the whole flood: every notification dropped or in the log.
    const log = page.getByRole("region", { name: "App messages" });
    const accounted = async () =>
      Number(/dropped (\d+)/.exec((await dropped.textContent()) ?? "")?.[1]) +
      Number(/\((\d+)\)/.exec((await log.getByRole("heading").textContent()) ?? "")?.[1]);
    await expect.poll(accounted, { timeout: 60_000 }).toBeGreaterThanOrEqual(50_000);
    const n = Number(/dropped (\d+)/.exec((await dropped.textContent()) ?? "")?.[1]);
    // At most 100 at once and 50 a second got through while the proxy worked through the flood.
    expect(n).toBeGreaterThan(45_000);
    // The page answers: the host emulation still takes a change, and the App hears it.
    const panel = page.getByTestId("app-panel");
    await panel.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await expect(panel.getByTestId("app-stage")).toHaveAttribute("data-theme", "dark");
    await page.getByRole("tab", { name: "Tools" }).click();
    await expect(page.getByTestId("tool-echo")).toBeVisible();
    const long = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
    // While the App posts, and a second after, the machine is the App's; after that, while the proxy
    // works through what it queued and the page takes a change, no page task over 50 ms.
    const during = long.filter((t) => t.start <= floodEnd + 1000);
    test.info().annotations.push({
      type: "long tasks while the App posted (not judged)",
      description: `${during.length}, the longest ${Math.max(0, ...during.map((t) => Math.round(t.duration)))} ms, over ${Math.round(floodEnd - floodStart)} ms of posting`,
    });
    const late = long.filter((t) => t.start > floodEnd + 1000);
    test.info().annotations.push({
      type: "long tasks a second after the App posted (the issue's bound: none over 50 ms; not judged here)",
      description: `${late.length}, the longest ${Math.max(0, ...late.map((t) => Math.round(t.duration)))} ms`,
    });
  } finally {
    await inspector.stop();
  }
});

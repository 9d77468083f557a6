import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { expect, repoPath, sharedInspectors, startInspector, test } from "./inspector";

// Issue 50: the sandbox locked. Hostile Apps from test/fixtures/apps-hostile/server.mjs.
const FIXTURE = repoPath("test/fixtures/apps-hostile/server.mjs");
// One launcher for the tests that read only their own App run; those that count the record's rows
// or need a landing page start their own.
const inspectorOf = sharedInspectors();

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
  const inspector = await inspectorOf([process.execPath, FIXTURE]);
  await page.goto(inspector.url);
  const app = await runApp(page, "forge");
  await expect(app.locator("#out")).toHaveText("echo: still alive");
  const panel = page.getByTestId("app-panel");
  await expect(panel.getByTestId("app-frame")).toHaveCount(1);
  await expect(panel.getByTestId("app-navigated")).toHaveCount(0);
  await expect(panel.getByTestId("app-flooded")).toHaveCount(0);
  await expect(panel.getByTestId("app-proxy-dropped")).toHaveCount(0);
  // None of the forged envelopes reached the page's log either.
  await expect(panel.getByTestId("app-message").locator("summary code", { hasText: /^x\/forged$/ })).toHaveCount(0);
});

test("an App posting 900 notifications at once is bounded but not stopped: the proxy drops what is over its bound, and the App goes on working", async ({
  page,
}) => {
  const inspector = await inspectorOf([process.execPath, FIXTURE]);
  await page.goto(inspector.url);
  const app = await runApp(page, "burst");
  // Its tools/call, a second after the burst, went through the proxy and the server answered it.
  await expect(app.locator("#out")).toHaveText("echo: still alive after a burst");
  const panel = page.getByTestId("app-panel");
  await expect(panel.getByTestId("app-proxy-dropped")).toContainText(/the sandbox dropped [1-9]\d\d of its messages/);
  await expect(panel.getByTestId("app-flooded")).toHaveCount(0);
  await expect(panel.getByTestId("app-frame")).toHaveCount(1);
});

test("an App posting 50,000 notifications: the proxy drops what is over its bound, stops the App for its flood, and the page still answers", async ({
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
    const ranAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    await runApp(page, "flood");
    const panel = page.getByTestId("app-panel");
    // Over 1,000 of its messages dropped within 5 s, the proxy removed the App's frame (what the App
    // had queued goes with it) and said so; the bridge relays nothing more.
    await expect(panel.getByTestId("app-flooded")).toContainText(/so the inspector stopped it/, { timeout: 60_000 });
    const stoppedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    await expect(panel.getByTestId("app-frame")).toHaveCount(0);
    const dropped = page.getByTestId("app-proxy-dropped");
    await expect(dropped).toContainText(/the sandbox dropped \d{4} of its messages/);
    // At most 100 at once and 50 a second got through before it was stopped.
    const log = page.getByRole("region", { name: "App messages" });
    const logged = Number(/\((\d+)\)/.exec((await log.getByRole("heading").textContent()) ?? "")?.[1]);
    expect(logged).toBeLessThan(500);
    // The page answers: the host emulation still takes a change, the Tools tab renders, and the
    // sandbox serves the next App (the forging App calls echo through it).
    await panel.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await expect(panel.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
    // The record names the stop in the timeline.
    await expect(
      page.getByTestId("timeline-row").filter({ hasText: /App flooded the host \(\d+ messages dropped\): stopped/ }),
    ).toHaveCount(1);
    await page.getByRole("tab", { name: "Tools" }).click();
    await expect(page.getByTestId("tool-echo")).toBeVisible();
    const next = await runApp(page, "forge");
    await expect(next.locator("#out")).toHaveText("echo: still alive");
    const long = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
    // Until a second after Run the machine is the App's start and its loop; the bench's figure 8 measures the rest beside a quiet App.
    const late = long.filter((t) => t.start > ranAt + 1000 && t.start < stoppedAt + 5000);
    test.info().annotations.push({
      type: "long tasks from a second after Run to 5 s after the stop (the issue's bound: none over 50 ms; not judged here)",
      description: `${late.length}, the longest ${Math.max(0, ...late.map((t) => Math.round(t.duration)))} ms; Run to stopped ${Math.round(stoppedAt - ranAt)} ms`,
    });
  } finally {
    await inspector.stop();
  }
});

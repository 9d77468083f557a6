import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { expect, repoPath, sharedInspectors, startInspector, test } from "./inspector";

// Issue 38: what the fourth red-team did from inside an App, against test/fixtures/app-redteam-server.mjs.
const FIXTURE = repoPath("test/fixtures/app-redteam-server.mjs");
// One launcher on the fixture for the tests that read only their own App run; those that count the
// record's rows (what the server saw) or need a landing page or another host start their own.
const inspectorOf = sharedInspectors();

async function runApp(page: Page, tool: string, args = "{}") {
  await page.getByRole("tab", { name: "Apps" }).click();
  await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: tool, exact: true }).click();
  await page.getByLabel(`Arguments of ${tool} (JSON)`).fill(args);
  await page.getByRole("button", { name: `Run ${tool}` }).click();
  return page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
}

/** A page an App navigates to: it opts in to the frame's policy (Allow-CSP-From) and tries to drive the server. */
async function landing() {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    res.writeHead(200, { "Content-Type": "text/html", "Allow-CSP-From": "*" });
    res.end(
      `<script>parent.postMessage({ jsonrpc: "2.0", id: 9001, method: "tools/call", params: { name: "echo", arguments: { text: "FROM-LANDED" } } }, "*")</script>`,
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, hits, close: () => server.close() };
}

for (const how of ["href", "meta", "link"]) {
  test(`an App that navigates its own frame (${how}) is torn down and said so; the document it landed on drives nothing`, async ({
    page,
  }) => {
    const land = await landing();
    const inspector = await startInspector([process.execPath, FIXTURE, "--landing", land.url]);
    try {
      await page.goto(inspector.url);
      await runApp(page, "navigate", JSON.stringify({ how }));
      const panel = page.getByTestId("app-panel");
      await expect(panel.getByTestId("app-navigated")).toContainText("tore it down");
      await expect(panel.getByTestId("app-frame")).toHaveCount(0);
      // The timeline says so too.
      const rows = page.getByTestId("timeline-row");
      await expect(rows.filter({ hasText: "App navigated its frame away" })).toHaveCount(1);
      // What the server saw: the person's run only, never the landed page's call.
      await page.getByRole("combobox", { name: "Direction" }).selectOption("client->server");
      await page.getByRole("combobox", { name: "Method" }).selectOption("tools/call");
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText("navigate");
      const record = await (
        await fetch(`${inspector.origin}/api/record`, { headers: { Authorization: `Bearer ${inspector.token}` } })
      ).text();
      expect(record).not.toContain("FROM-LANDED");
      // Issue 50: the proxy's frame-src stopped the navigation before its request left.
      expect(land.hits).toEqual([]);
    } finally {
      await inspector.stop();
      land.close();
    }
  });
}

test("a form submit is refused: by the App's CSP (form-action) or the proxy's frame-src (torn down); nothing leaves", async ({ page }) => {
  const land = await landing();
  const inspector = await startInspector([process.execPath, FIXTURE, "--landing", land.url]);
  try {
    await page.goto(inspector.url);
    await runApp(page, "navigate", JSON.stringify({ how: "form" }));
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

test("an App finds no WebRTC: not in its own window, not in a srcdoc frame it makes", async ({ page }) => {
  const inspector = await inspectorOf([process.execPath, FIXTURE]);
  await page.goto(inspector.url);
  const app = await runApp(page, "webrtc");
  await expect(app.locator("body")).toHaveAttribute("data-done", "1");
  const found = JSON.parse((await app.locator("#out").textContent()) ?? "{}") as Record<string, string>;
  expect(found).toEqual({
    constructors: "undefined/undefined/undefined/undefined",
    peer: "blocked: ReferenceError",
    nested: "undefined/undefined/undefined",
  });
});

test("fullscreen waits for a click in the host's prompt, and a fullscreen App keeps the host's bar naming it and its server", async ({
  page,
}) => {
  const inspector = await inspectorOf([process.execPath, FIXTURE]);
  await page.goto(inspector.url);
  const app = await runApp(page, "fullscreen");
  const stage = page.getByTestId("app-stage");
  const prompt = page.getByRole("alertdialog", { name: "The App asks for fullscreen" });
  await expect(prompt).toContainText("App fullscreen of server redteam-apps asks for fullscreen");
  await expect(stage).not.toHaveClass(/app-mode-fullscreen/);
  await expect(app.locator("#out")).toHaveText("running");
  await prompt.getByRole("button", { name: "Allow" }).click();
  await expect(app.locator("#out")).toHaveText("mode: fullscreen");
  await expect(stage).toHaveClass(/app-mode-fullscreen/);
  const bar = page.getByTestId("app-host-bar");
  await expect(bar).toContainText("App fullscreen of server redteam-apps");
  // The bar is on top of everything the App draws: the topmost element at its middle is the host's.
  const box = (await bar.boundingBox())!;
  const top = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.closest("[data-testid]")?.getAttribute("data-testid"),
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(top).toBe("app-host-bar");
});

test("a denied fullscreen leaves the App inline and tells it so", async ({ page }) => {
  const inspector = await inspectorOf([process.execPath, FIXTURE]);
  await page.goto(inspector.url);
  const app = await runApp(page, "fullscreen");
  await page.getByRole("alertdialog", { name: "The App asks for fullscreen" }).getByRole("button", { name: "Deny" }).click();
  await expect(app.locator("#out")).toHaveText("mode: inline");
  await expect(page.getByTestId("app-stage")).not.toHaveClass(/app-mode-fullscreen/);
});

test("picture-in-picture waits for a click in the host's prompt too, and keeps the host's bar naming the App and its server", async ({
  page,
}) => {
  const inspector = await inspectorOf([process.execPath, FIXTURE]);
  await page.goto(inspector.url);
  const app = await runApp(page, "pip");
  const stage = page.getByTestId("app-stage");
  const prompt = page.getByRole("alertdialog", { name: "The App asks for picture-in-picture" });
  await expect(prompt).toContainText("App pip of server redteam-apps asks for picture-in-picture");
  await expect(stage).not.toHaveClass(/app-mode-pip/);
  await expect(app.locator("#out")).toHaveText("running");
  await prompt.getByRole("button", { name: "Allow" }).click();
  await expect(app.locator("#out")).toHaveText("mode: pip");
  await expect(stage).toHaveClass(/app-mode-pip/);
  await expect(page.getByTestId("app-host-bar")).toContainText("App pip of server redteam-apps, picture-in-picture");
});

test("an App's call to a tool hidden from it on tools/list page 2 is refused before the server sees it", async ({ page }) => {
  const inspector = await startInspector([process.execPath, FIXTURE]);
  try {
    await page.goto(inspector.url);
    const app = await runApp(page, "paged-caller");
    await expect(app.locator("#out")).toHaveText(/refused: .*page2-secret is not visible to Apps/);
    await page.getByRole("combobox", { name: "Direction" }).selectOption("client->server");
    await page.getByRole("combobox", { name: "Method" }).selectOption("tools/call");
    await expect(page.getByTestId("timeline-row")).toHaveCount(1);
    await expect(page.getByTestId("timeline-row").first()).toContainText("paged-caller");
  } finally {
    await inspector.stop();
  }
});

test("an App posting 20,000 messages of 1 KB: the sandbox relays a bounded share, stops the App for its flood and says so, and the log renders only what is on screen", async ({
  page,
}) => {
  const inspector = await inspectorOf([process.execPath, FIXTURE]);
  await page.goto(inspector.url);
  await runApp(page, "flood");
  const panel = page.getByTestId("app-panel");
  // Over 1,000 dropped within 5 s, the proxy removed the App's frame (lib/apps/sandbox-events.ts FLOOD_DROPS).
  await expect(panel.getByTestId("app-flooded")).toContainText(
    /more than 1,000 messages within 5 seconds .*\([\d,]+ dropped\), so the inspector stopped it/,
  );
  await expect(panel.getByTestId("app-frame")).toHaveCount(0);
  const log = page.getByRole("region", { name: "App messages" });
  await expect(log.getByTestId("app-proxy-dropped")).toContainText(/the sandbox dropped \d{4} of its messages/);
  // The proxy's token bucket (100 at once, then 50 a second) let through a few hundred at most.
  const total = Number(/\((\d+)\)/.exec((await log.getByRole("heading").textContent()) ?? "")?.[1]);
  expect(total).toBeLessThan(500);
  expect(await log.getByTestId("app-message").count()).toBeLessThan(100);
});

test("the link confirm shows a look-alike link escaped, with the host it really goes to and why to look twice", async ({ page }) => {
  const inspector = await inspectorOf([process.execPath, FIXTURE]);
  await page.goto(inspector.url);
  await runApp(page, "link");
  const confirm = page.getByRole("alertdialog", { name: "The App asks to open a link" });
  await expect(confirm.locator(".app-link-url")).toHaveText("https://example.com/\\u{202E}gnp.exe");
  await expect(confirm).toContainText("invisible or direction-changing");
  await confirm.getByRole("button", { name: "Refuse" }).click();
  await expect(confirm.getByTestId("app-link-host")).toHaveText("evil.example");
  await expect(confirm).toContainText('user name before "@" (127.0.0.1:7500): it does not go there, it goes to evil.example');
  await confirm.getByRole("button", { name: "Refuse" }).click();
  await expect(confirm.getByTestId("app-link-host")).toHaveText("xn--gthub-n2e.com");
  await expect(confirm).toContainText("mixes scripts");
  await confirm.getByRole("button", { name: "Refuse" }).click();
});

test("an App renders on a page opened through [::1]", async ({ page }) => {
  const inspector = await startInspector(["--host", "::1", process.execPath, FIXTURE]);
  try {
    expect(inspector.origin).toMatch(/^http:\/\/\[::1\]:\d+$/);
    await page.goto(inspector.url);
    const app = await runApp(page, "paged-caller");
    await expect(app.locator("#out")).toHaveText(/refused: /);
  } finally {
    await inspector.stop();
  }
});

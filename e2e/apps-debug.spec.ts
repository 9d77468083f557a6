import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FrameLocator, Page } from "@playwright/test";
import { expect, inReplacedFrame, repoPath, startInspector, test } from "./inspector";
import { screenshots } from "./shots";

// Issue 66: the loop an App developer repeats all day: edit the App, reload it (Reload App, or
// hot reload when the server says its ui:// resource changed), see its error, fix it. For a
// widget modelled on OpenAI's hello-world (test/fixtures/apps-debug/server.mjs, its template read
// from a file at each read) and for the ext-apps example server-basic-vanillajs (its dist copied,
// its mcp-app.html edited).
const DEBUG = repoPath("test/fixtures/apps-debug/server.mjs");
const SHOTS = process.env.APPS_SHOTS;

const panelOf = (page: Page) => page.getByTestId("app-panel");
/**
 * The page has placed the App (scrolled it into view) and will not move it again: a click before
 * then could land where the page scrolls the App's frame to, and a click into the App's frame (a
 * process of its own) is lost unseen by Playwright (issue 76: a Reload App click lost).
 */
async function placed(page: Page) {
  await expect(panelOf(page).getByTestId("app-reveal")).toHaveAttribute("data-revealed", "done");
  // The App came into view with its controls, below the sticky tabs: Reload App is clicked where it
  // is. Left under the tabs, the click first scrolled the pane, and Chromium sent it to the App's
  // frame under the button's old place (issue 76: 2 runs in 8 lost it).
  const tabs = (await page.getByRole("tablist", { name: "Server features" }).boundingBox())!;
  const reload = (await panelOf(page).getByRole("button", { name: "Reload App" }).boundingBox())!;
  expect(reload.y).toBeGreaterThanOrEqual(tabs.y + tabs.height);
}
const appOf = (page: Page): FrameLocator => panelOf(page).frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
/**
 * Saves `text` as the file in one step, as an editor's rename-and-replace does, with a new mtime even
 * within the same second (the server polls it every 100 ms). Written in place (truncated, then
 * written) and then touched, the file changed in steps a poll could fall between: a fresh clone's
 * run mounted the hot-reloaded App twice, 87 ms apart (its trace: two sandbox documents), and its
 * render count read 5 for 4. One rename leaves one change to see.
 */
function edit(file: string, text: string) {
  const next = `${file}.next`;
  fs.writeFileSync(next, text);
  const t = new Date(Date.now() + 2000);
  fs.utimesSync(next, t, t);
  fs.renameSync(next, file);
}

/** The line (1-based) of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

test("a hello-world widget through the edit-debug loop: Reload App reads it again, its error is shown with its line, hot reload brings the fix", async ({
  page,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apps-debug-"));
  const file = path.join(dir, "hello.html");
  const inspector = await startInspector([process.execPath, DEBUG, dir]);
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Apps" }).click();
    await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "Hello", exact: true }).click();
    await page.getByRole("button", { name: "Run hello", exact: true }).click();
    const app = appOf(page);
    const panel = panelOf(page);
    await expect(app.locator("#greeting")).toHaveText("Hello, world!");
    await expect(app.locator("#renders")).toHaveText("1");
    await placed(page);
    const original = fs.readFileSync(file, "utf8");

    // Edit, then Reload App: the server's new HTML, not a copy kept by the page; the widget state kept.
    edit(file, original.replace('"Hello, "', '"Hi, "'));
    await panel.getByRole("button", { name: "Reload App" }).click();
    await inReplacedFrame(() => expect(app.locator("#greeting")).toHaveText("Hi, world!"));
    await expect(app.locator("#renders")).toHaveText("2");
    await expect(panel.getByTestId("app-reloaded")).toContainText("read again from the server");

    // A mistake: the script throws, a promise is left rejected, and console.error is called.
    const broken = original
      .replace('"Hello, "', '"Hi, "')
      .replace("<script>\n", '<script>\nconsole.error("renders so far", state === undefined ? 0 : 1);\nvar missing = null;\n')
      .replace(
        'document.getElementById("renders")',
        'Promise.reject(new RangeError("no such greeting"));\nmissing.greet();\ndocument.getElementById("renders")',
      );
    edit(file, broken);
    await panel.getByRole("button", { name: "Reload App" }).click();
    const failed = panel.getByTestId("app-failed");
    await expect(failed).toContainText("The App failed.");
    await expect(failed).toContainText("TypeError");
    // The App's own line, in its own resource (not the host's wrapped document).
    await expect(failed.getByTestId("app-failed-where")).toHaveText(
      new RegExp(`^ui://widget/hello\\.html:${lineOf(broken, "missing.greet()")}:\\d+$`),
    );
    // Each report is an App message in its log, judged by the App's lint: the throw, the rejection and the console.error.
    await expect(panel.getByRole("list", { name: "App lint" }).locator('[data-rule="apps/app-error"]')).toHaveCount(3);
    await screenshots(SHOTS, page, "app-failed", { view: panel, height: 800, widths: [1280, 420] });

    // Problems lists them, with the App's line; the finding leads to its entry in the timeline.
    await page.getByRole("tab", { name: /Problems/ }).click();
    const problems = page.getByTestId("problems-panel");
    await expect(problems.getByTestId("problem").filter({ hasText: "apps/app-error" })).toHaveCount(3);
    await expect(problems).toContainText(`ui://widget/hello.html:${lineOf(broken, "missing.greet()")}`);
    await expect(problems).toContainText("no such greeting");
    await expect(problems).toContainText("renders so far");
    const typeError = problems.getByTestId("problem").filter({ hasText: "TypeError" }).first();
    const seq = await typeError.getAttribute("data-seq");
    await typeError.getByRole("button").first().click();
    // The entry the finding is about: by its seq, not by a string of its JSON, which the detail's
    // JSON view soft-wraps where the pane's width says (one run in four read "mcp-inspector/
    // app-error", broken at the slash, when the pane was a scrollbar narrower).
    const detail = page.getByTestId("entry-detail");
    await expect(detail).toHaveAttribute("aria-label", `Entry ${seq}`);
    await expect(detail).toContainText("notifications/message");

    // The fix, by hot reload: the App panel subscribes to its resource, the server says it changed.
    await page.getByRole("tab", { name: "Apps" }).click();
    // The box shows the connection's subscription: checked from the click, disabled while
    // resources/subscribe is on its way, enabled once the server accepted it. An edit before then
    // reaches a server not yet subscribed, which rightly says nothing (a full run in the headless
    // shell edited while the box was checked and still disabled: no notifications/resources/updated).
    const hotReload = panel.getByRole("checkbox", { name: "Hot reload" });
    await hotReload.click();
    await expect(hotReload).toBeChecked();
    await expect(hotReload).toBeEnabled();
    edit(file, original.replace('"Hello, "', '"Hey, "'));
    await inReplacedFrame(() => expect(app.locator("#greeting")).toHaveText("Hey, world!"));
    await expect(panel.getByTestId("app-reloaded")).toContainText("Hot reload");
    await expect(panel.getByTestId("app-reloaded")).toContainText("notifications/resources/updated");
    await expect(panel.getByTestId("app-failed")).toHaveCount(0);
    // Its widget state was kept across every reload (the broken render saved its own before it threw).
    await expect(app.locator("#renders")).toHaveText("4");
    await screenshots(SHOTS, page, "app-hot-reloaded", { view: panel, height: 800, widths: [1280, 420] });
  } finally {
    await inspector.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("server-basic-vanillajs through the edit-debug loop: edit its mcp-app.html, Reload App shows the error with its line, fixed by the next edit", async ({
  page,
}) => {
  // The example's dist copied, so its HTML can be edited: its server reads dist/mcp-app.html at each read.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apps-basic-"));
  const from = repoPath("node_modules/@modelcontextprotocol/server-basic-vanillajs/dist");
  for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(dir, f));
  const html = path.join(dir, "mcp-app.html");
  const original = fs.readFileSync(html, "utf8");
  const inspector = await startInspector([process.execPath, path.join(dir, "index.js"), "--stdio"]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Apps" }).click();
    await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "Get Time", exact: true }).click();
    await page.getByRole("button", { name: "Run get-time", exact: true }).click();
    const app = appOf(page);
    const panel = panelOf(page);
    await expect(app.getByRole("button", { name: "Get Server Time" })).toBeVisible();
    await placed(page);

    // A script that throws, put before the App's own (a line of its own, so its line is known).
    const broken = original.replace("<head>", "<head>\n<script>\nwindow.notThere.call();\n</script>");
    expect(broken).not.toBe(original);
    edit(html, broken);
    await panel.getByRole("button", { name: "Reload App" }).click();
    await expect(panel.getByTestId("app-failed")).toContainText("TypeError");
    await expect(panel.getByTestId("app-failed-where")).toHaveText(
      new RegExp(`^ui://get-time/mcp-app\\.html:${lineOf(broken, "window.notThere.call()")}:\\d+$`),
    );

    // Fixed: the next read is the server's HTML as it is now, and the failure is gone with the old document.
    edit(
      html,
      original.replace('<button id="get-time-btn">Get Server Time</button>', '<button id="get-time-btn">Get The Server Time</button>'),
    );
    await panel.getByRole("button", { name: "Reload App" }).click();
    await inReplacedFrame(() => expect(app.getByRole("button", { name: "Get The Server Time" })).toBeVisible());
    await expect(panel.getByTestId("app-failed")).toHaveCount(0);
  } finally {
    await inspector.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("Reload App awaits the App's answer to ui/resource-teardown and records it; nothing is sent to the App once its frame is gone", async ({
  page,
}) => {
  const inspector = await startInspector([process.execPath, repoPath("test/fixtures/app-server.mjs")]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Tools" }).click();
    await page.getByTestId("tool-show-panel").click();
    await page.getByRole("button", { name: "Run tool" }).click();
    const app = appOf(page);
    await expect(app.locator("#result")).toHaveText("panel for nobody");
    await placed(page);
    await panelOf(page).getByRole("button", { name: "Reload App" }).click();
    await inReplacedFrame(() => expect(app.locator("#result")).toHaveText("panel for nobody"));
    // The timeline, filtered to the teardown: the host's request and the App's answer to it (its
    // frame was removed 0.1-105 ms after the request before, and the answer never came).
    const rows = page.getByTestId("timeline-row");
    await page.getByRole("combobox", { name: "Method" }).selectOption("ui/resource-teardown");
    await expect(rows.filter({ hasText: "host → app ui/resource-teardown" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "app → host response to ui/resource-teardown" })).toHaveCount(1);
    // The SDK's own request timeout (1 s) used to send notifications/cancelled to the gone App.
    await page.waitForTimeout(1500);
    await page.getByRole("combobox", { name: "Method" }).selectOption("");
    await page.getByPlaceholder("Search…").fill("notifications/cancelled");
    await expect(page.getByTestId("timeline-count")).toHaveText(/^0 of \d+ entries$/);
  } finally {
    await inspector.stop();
  }
});

test("streamed input: the run's arguments reach the App as tool-input-partial steps at the pace set, then the whole input", async ({
  page,
}) => {
  // When the host sent each partial input, by the page's clock: its tap records each frame it
  // sends, and the record's command goes to the page's socket in the same task. The pace set
  // governs these sends. The App's own arrival times add two cross-process hops (page → sandbox
  // proxy → App), whose delay varies on a loaded machine: one read 212 ms between steps sent 300 ms
  // apart (point 12's run under load), so the App is checked for the steps and their order.
  await page.addInitScript(() => {
    const sent: number[] = [];
    (window as unknown as { partialsSent: number[] }).partialsSent = sent;
    const partial = (data: unknown) => {
      if (typeof data !== "string" || !data.includes("tool-input-partial")) return false;
      const c = JSON.parse(data) as { type?: string; dir?: string; message?: { method?: string } };
      return c.type === "app-message" && c.dir === "host->app" && c.message?.method === "ui/notifications/tool-input-partial";
    };
    // The page's socket: a WebSocket in a worker (client/worker-socket.ts), or in the page itself.
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, m: unknown, ...rest: unknown[]) {
      if (partial((m as { data?: unknown } | null)?.data)) sent.push(performance.now());
      return (post as (...a: unknown[]) => void).call(this, m, ...rest);
    };
    const send = WebSocket.prototype.send;
    WebSocket.prototype.send = function (this: WebSocket, data: Parameters<WebSocket["send"]>[0]) {
      if (partial(data)) sent.push(performance.now());
      return send.call(this, data);
    };
  });
  const inspector = await startInspector([process.execPath, repoPath("test/fixtures/app-server.mjs")]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Apps" }).click();
    await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "Show the panel", exact: true }).click();
    await page.getByLabel("Arguments of show-panel (JSON)").fill('{"label":"streamed"}');
    await page.getByRole("button", { name: "Run show-panel", exact: true }).click();
    const app = appOf(page);
    await expect(app.locator("#input")).toHaveText('{"label":"streamed"}');
    await expect(app.locator("#partial")).toHaveText("-");
    await placed(page);
    await panelOf(page).getByRole("spinbutton", { name: "Stream input, ms between partial inputs (0: off)" }).fill("300");
    await panelOf(page).getByRole("button", { name: "Reload App" }).click();
    // The reloaded App's steps, each a valid object, the string growing, then the whole input. (Not
    // #input first: the App before the reload shows the same input until its frame is replaced.)
    await inReplacedFrame(() =>
      expect(app.locator("#partial")).toHaveText(/^\{"label":"st"\} \{"label":"stre"\} \+\d+ \{"label":"stream"\} \+\d+$/),
    );
    await expect(app.locator("#input")).toHaveText('{"label":"streamed"}');
    // Sent at least the pace set apart.
    const sent = await page.evaluate(() => (window as unknown as { partialsSent: number[] }).partialsSent);
    expect(sent).toHaveLength(3);
    for (let i = 1; i < sent.length; i++) expect(sent[i] - sent[i - 1]).toBeGreaterThanOrEqual(295);
    await expect(app.locator("#result")).toHaveText("panel for streamed");
  } finally {
    await inspector.stop();
  }
});

test("one click runs an App tool that needs no input, as the official inspector's Apps tab does", async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apps-debug-"));
  const inspector = await startInspector([process.execPath, DEBUG, dir]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Apps" }).click();
    await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "hello: run now, no input needed" }).click();
    await expect(appOf(page).locator("#greeting")).toHaveText("Hello, world!");
    await expect(page.getByRole("button", { name: "Run hello", exact: true })).toBeVisible();
  } finally {
    await inspector.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

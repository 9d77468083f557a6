import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, repoPath, startInspector, test } from "./inspector";

// The seventh red-team (issue 62) on this round's Apps changes, with a hostile ChatGPT widget
// (test/fixtures/apps-redteam7/server.mjs): widgetAccessible by every other path, an App's error
// made of markup, ANSI and a bidi control, and a server that answers Hot reload with a burst.
const FIXTURE = repoPath("test/fixtures/apps-redteam7/server.mjs");

test("a widget cannot reach a tool ChatGPT keeps from it by any path; its error is text; a burst of updates reloads it a bounded number of times", async ({
  page,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redteam7-apps-"));
  const log = path.join(dir, "server.log");
  const lines = () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").filter(Boolean) : []);
  const inspector = await startInspector([process.execPath, FIXTURE, log]);
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(inspector.url);
    const title = await page.title();
    await page.getByRole("tab", { name: "Apps" }).click();
    await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "Red team widget", exact: true }).click();
    await page.getByRole("button", { name: "Run widget", exact: true }).click();
    const panel = page.getByTestId("app-panel");
    await expect(panel).toHaveAttribute("data-profile", "chatgpt");
    const app = panel.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");

    // widgetAccessible: false holds by window.openai, by a raw tools/call, under another method name, respelled.
    await expect(app.locator("#out-1")).toHaveText(/^refused: .*openai\/widgetAccessible/);
    await expect(app.locator("#out-2")).toHaveText(/^error .*openai\/widgetAccessible/);
    await expect(app.locator("#out-3")).toHaveText(/^error -32601: Method not found: openai\/callTool/);
    await expect(app.locator("#out-4")).toHaveText(/^error .*lists no tool named "guarded "/);
    await expect(app.locator("#out-5")).toHaveText(/^error .*lists no tool named "GUARDED"/);
    expect(lines().filter((l) => l.startsWith("tools/call"))).toEqual(["tools/call widget"]);

    // window.openai's new members with markup, a javascript: URL, ANSI and bidi: shown as text, nothing opened or run.
    await expect(app.locator("#out-6")).toHaveText(/^uploaded file_test_\d+$/);
    const notices = panel.getByTestId("openai-notice");
    // Twice each: the widget, then its copy in the modal it asks for (the same script runs there).
    await expect(notices.filter({ hasText: "uploadFile: <img src=x data-redteam7-up>" })).toHaveCount(2);
    await expect(notices.filter({ hasText: /\\u\{202e\}txt\.exe/i })).toHaveCount(2);
    await expect(notices.filter({ hasText: "javascript:document.title" })).toHaveCount(2);
    // The widget again, in a modal titled as it asked (as text).
    const modal = page.getByRole("dialog", { name: /data-redteam7-modal/ });
    await expect(modal).toContainText("<img src=x data-redteam7-modal>");
    await expect(modal).toContainText(/\\u\{0*1b\}\[31m/i);
    await expect(modal).toContainText("<script>document.title='modal'</script>");
    expect(await page.title()).toBe(title);
    // The copy's errors are in (it ran), so its own requestModal was answered: one modal, still.
    await expect(panel.getByTestId("openai-notice").filter({ hasText: "javascript:document.title" })).toHaveCount(2);
    await expect(page.getByRole("dialog")).toHaveCount(1);
    await modal.getByRole("button", { name: "Close modal" }).click();

    // The App's error is shown as text: no element made of it, no script run, the controls as escapes.
    const failed = panel.getByTestId("app-failed");
    await expect(failed).toContainText("<img src=x");
    await expect(failed).toContainText(/\\u\{0*1b\}\[2J/i);
    await expect(failed).toContainText(/\\u\{202e\}evil/i);
    await expect(page.locator("[data-redteam7], [data-redteam7-up], [data-redteam7-modal]")).toHaveCount(0);
    await page.getByRole("tab", { name: /Problems/ }).click();
    const problems = page.getByTestId("problems-panel");
    // The widget's error and its modal copy's, each once, and the copy's own requestModal refused
    // (unhandled there): the widget asks at its first script, so each copy opened the next, without
    // end (66 errors here before).
    const appErrors = problems.getByTestId("problem").filter({ hasText: "apps/app-error" });
    await expect(appErrors.filter({ hasText: "data-redteam7" })).toHaveCount(2);
    await expect(appErrors.filter({ hasText: "already in a modal" })).toHaveCount(1);
    await expect(appErrors).toHaveCount(3);
    await expect(problems).toContainText("<img src=x");
    expect(await problems.innerText()).not.toMatch(/[\u001b\u202e]/);
    await expect(page.locator("[data-redteam7]")).toHaveCount(0);
    expect(await page.title()).toBe(title);

    // Hot reload: 200 updates in a burst read the App again a few times, not 200.
    await page.getByRole("tab", { name: "Apps" }).click();
    await panel.getByRole("checkbox", { name: "Hot reload" }).click();
    await expect(panel.getByRole("checkbox", { name: "Hot reload" })).toBeChecked();
    await expect.poll(() => lines().includes("burst sent"), { timeout: 15_000 }).toBe(true);
    await expect(panel.getByTestId("app-reloaded")).toContainText("Hot reload");
    // Settled: no read for a second.
    let before = -1;
    await expect
      .poll(
        () => {
          const now = lines().filter((l) => l.startsWith("resources/read")).length;
          const settled = now === before;
          before = now;
          return settled;
        },
        { intervals: [1000], timeout: 30_000 },
      )
      .toBe(true);
    const reads = lines().filter((l) => l.startsWith("resources/read")).length;
    console.log(`red-team 7: ${reads} resources/read after a burst of 200 updates`);
    // A burst reloads once when it has been quiet for 100 ms, or every 500 ms while it lasts
    // (features/apps/use-hot-reload.ts): 4 reads here (the widget and its modal's copy, which reads
    // the template too, before and after), 6 with the machine loaded. Reloading on every render
    // that saw a newer update made 30-40 on a quiet machine and 107 on a loaded one; one read per
    // update would be 201, two 401.
    expect(reads).toBeLessThanOrEqual(12);
    await expect(app.locator("#out-1")).toHaveText(/^refused: /);
  } finally {
    await inspector.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

import fs from "node:fs";
import { expect, inReplacedFrame, repoPath, startInspector, test } from "./inspector";

// Issue 50: a ChatGPT App (test/fixtures/apps-chatgpt/server.mjs), marked only with
// _meta["openai/outputTemplate"], renders as ChatGPT renders it, with window.openai, without any setting.
const FIXTURE = repoPath("test/fixtures/apps-chatgpt/server.mjs");
const SHOTS = process.env.APPS_SHOTS;

test("a ChatGPT widget gets a faithful window.openai: globals, widget state across a re-render, callTool, follow-ups, display mode, links, set_globals", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const inspector = await startInspector([process.execPath, FIXTURE]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Apps" }).click();
    await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "Counter", exact: true }).click();
    await page.getByLabel("Arguments of counter (JSON)").fill('{"name":"Ada"}');
    await page.getByRole("button", { name: "Run counter" }).click();
    const panel = page.getByTestId("app-panel");
    // No setting: the outputTemplate alone makes it a ChatGPT App.
    await expect(panel).toHaveAttribute("data-profile", "chatgpt");
    await expect(panel.getByRole("combobox", { name: "Host" })).toHaveValue("chatgpt");
    const app = panel.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");

    // The globals, there when the widget's first script ran.
    await expect(app.locator("#input")).toHaveText('{"name":"Ada"}');
    await expect(app.locator("#output")).toHaveText('{"count":5}');
    await expect(app.locator("#meta")).toContainText('"widgetSecret":"only-the-widget-sees-this"');
    await expect(app.locator("#clicks")).toHaveText("0");
    await expect(app.locator("#layout")).toHaveText(/^light inline en-US max 800 desktop$/);

    // Widget state, kept by the host for this App, and back after a re-render.
    await app.getByRole("button", { name: "Add" }).click();
    await app.getByRole("button", { name: "Add" }).click();
    await expect(app.locator("#clicks")).toHaveText("2");
    await expect(panel.getByTestId("app-widget-state")).toContainText('"clicks": 2');
    await panel.getByRole("button", { name: "Reload App" }).click();
    await inReplacedFrame(() => expect(app.locator("#clicks")).toHaveText("2"));
    await expect(app.locator("#heard")).toHaveText("");

    // callTool goes to the server through the page's session.
    await app.getByRole("button", { name: "Call bump" }).click();
    await expect(app.locator("#called")).toHaveText('{"count":7} / count is 7');

    // A follow-up is shown where the person sees it: right under the App.
    await app.getByRole("button", { name: "Follow up" }).click();
    await expect(panel.getByTestId("app-model-ask")).toContainText("Show me the counter at 5");
    await expect(panel.getByTestId("app-model-ask")).toBeInViewport();

    // A host change reaches window.openai and fires openai:set_globals.
    await panel.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await expect(app.locator("#layout")).toHaveText(/^dark inline/);
    await expect(app.locator("#heard")).toContainText("theme");

    // requestDisplayMode waits for the person, as every display-mode ask does.
    await app.getByRole("button", { name: "Fullscreen" }).click();
    await page.getByRole("alertdialog", { name: "The App asks for fullscreen" }).getByRole("button", { name: "Allow" }).click();
    await expect(app.locator("#mode")).toHaveText("granted fullscreen");
    await expect(app.locator("#layout")).toHaveText(/^dark fullscreen/);
    await page.getByRole("button", { name: "Back to inline" }).click();

    // openExternal is ui/open-link: the person decides.
    await app.getByRole("button", { name: "Open docs" }).click();
    const confirm = page.getByRole("alertdialog", { name: "The App asks to open a link" });
    await expect(confirm).toContainText("https://example.com/docs");
    if (SHOTS) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/chatgpt-widget-1280.png` });
    }
    await confirm.getByRole("button", { name: "Refuse" }).click();

    // Each window.openai call was an MCP Apps message, in the record as the App's.
    const record = await (
      await fetch(`${inspector.origin}/api/record`, { headers: { Authorization: `Bearer ${inspector.token}` } })
    ).json();
    const methods = new Set(
      (record.entries as { kind: string; dir?: string; message?: { method?: string } }[])
        .filter((e) => e.kind === "app" && e.dir === "app->host")
        .map((e) => e.message?.method),
    );
    for (const m of ["tools/call", "ui/message", "ui/update-model-context", "ui/request-display-mode", "ui/open-link"])
      expect(methods).toContain(m);
  } finally {
    await inspector.stop();
  }
});

test("the Tools tab renders a ChatGPT-only tool as a ChatGPT App too, and the same App under the generic profile has no window.openai", async ({
  page,
}) => {
  const inspector = await startInspector([process.execPath, FIXTURE]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Tools" }).click();
    await expect(page.getByTestId("tool-counter").getByTestId("app-badge")).toBeVisible();
    await page.getByTestId("tool-counter").click();
    await page.getByRole("button", { name: "Run tool" }).click();
    const panel = page.getByTestId("app-panel");
    const app = panel.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
    await expect(app.locator("#output")).toHaveText('{"count":5}');
    await panel.getByRole("combobox", { name: "Host" }).selectOption("generic");
    await expect(panel).toHaveAttribute("data-profile", "generic");
    // A new document without window.openai: the widget's script throws at its first read.
    await expect(app.locator("#output")).toHaveText("");
  } finally {
    await inspector.stop();
  }
});

import type { ConsoleMessage, Page } from "@playwright/test";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { openTab, pickTool } from "./protocol-helpers";

// The hostile fixture puts script and HTML in every string it controls. A payload that runs
// appends to window.__pwned or calls alert(); nothing may run, open, navigate or fetch, and each
// payload must be on the page as the text it is.

/** The fixture's payload for a place (test/fixtures/hostile.mjs, X). */
const X = (where: string) =>
  `<script>window.__pwned=(window.__pwned||[]).concat(${JSON.stringify(where)})</script><img src=x onerror="window.__pwned=(window.__pwned||[]).concat('${where}-img')">`;

let hostile: RunningInspector;
test.beforeAll(async () => {
  hostile = await startInspector([process.execPath, repoPath("test/fixtures/hostile.mjs")]);
});
test.afterAll(async () => {
  await hostile?.stop();
});

interface Watch {
  dialogs: string[];
  navigations: string[];
  outside: string[];
  errors: string[];
}

/** Everything the page must never do, recorded from before the first script runs. */
function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], navigations: [], outside: [], errors: [] };
  page.on("dialog", (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on("request", (r) => {
    const u = new URL(r.url());
    const local = (u.protocol === "http:" || u.protocol === "ws:") && (u.hostname === "127.0.0.1" || u.hostname === "localhost");
    if (!local && u.protocol !== "data:" && u.protocol !== "blob:") w.outside.push(r.url());
  });
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error") w.errors.push(m.text());
  });
  page.on("pageerror", (e) => w.errors.push(`uncaught: ${e.message}`));
  return w;
}

async function expectInert(page: Page, w: Watch, url: string) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(w.dialogs).toEqual([]);
  expect(w.navigations).toEqual([]);
  expect(page.url()).toBe(url);
  expect(w.outside).toEqual([]);
  expect(w.errors).toEqual([]);
  // No markup of the target's made it into the DOM as markup.
  await expect(
    page.locator('[href^="javascript:" i], [src^="javascript:" i], iframe, object, embed, form[action*="example.invalid"]'),
  ).toHaveCount(0);
  await expect(page.locator("img[src]:not([src^='data:image/']):not([src^='/']):not([src^='blob:'])")).toHaveCount(0);
  expect(await page.locator("script").evaluateAll((ss) => ss.filter((s) => s.textContent?.includes("__pwned")).length)).toBe(0);
}

test("hostile server: every view shows its payloads as inert text; nothing runs, opens, navigates or fetches", async ({ page }) => {
  test.setTimeout(120_000);
  const w = watch(page);
  await page.goto(hostile.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  const url = page.url();
  page.on("framenavigated", (f) => {
    if (f === page.mainFrame()) w.navigations.push(f.url());
  });

  // Server: info and negotiation (the instructions are markdown with HTML).
  await expect(page.getByTestId("server-info")).toContainText(`hostile ${X("serverInfo.name")}`);
  await expect(page.getByText("[click me](javascript:alert('instructions'))", { exact: false }).first()).toBeVisible();

  // Tools: the list, the form from a hostile schema, a call's result, a hostile error.
  const tools = await pickTool(page, "render");
  await expect(tools.getByTestId("tool-<img src=x onerror=alert('tool.name')>")).toBeVisible();
  await expect(tools.getByText(X("tool.title"), { exact: true }).first()).toBeVisible();
  await expect(tools.getByText(X("inputSchema.prop.title"), { exact: false }).first()).toBeVisible();
  await tools.getByRole("button", { name: "Run tool" }).click();
  const result = tools.getByTestId("tool-result");
  await expect(result).toHaveAttribute("data-status", "ok");
  await expect(result.getByText(X("content.text"), { exact: true })).toBeVisible();
  await expect(result.getByText(X("resource_link.title"), { exact: true })).toBeVisible();
  await expect(result.getByText("javascript:alert('resource_link')", { exact: true })).toBeVisible();
  await expect(result.getByTestId("structured-content")).toContainText("structuredContent");
  // The SVG image is only an <img> of a data: URL (an image does not run script); the one with
  // a forged MIME type is not shown at all.
  await expect(result.locator("img.content-image").first()).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
  await expect(result).toContainText("is not inline base64 data");
  // A click on the link text or the image does nothing.
  await result.getByText("javascript:alert('resource_link')", { exact: true }).click();
  await result.locator("img.content-image").first().click();
  await pickTool(page, "fail");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toHaveAttribute("data-status", "rpc-error");
  await expect(tools.getByText(X("error.message"), { exact: true })).toBeVisible();

  // Resources: the list (a javascript: uri, a hostile mimeType) and a read of HTML.
  const res = await openTab(page, "Resources");
  const list = res.getByRole("navigation", { name: "Resources" });
  await expect(list.getByText(X("resource.title"), { exact: false }).first()).toBeVisible();
  await list.getByRole("button", { name: /page\.html/ }).click();
  await res.getByRole("button", { name: "Read resource" }).click();
  // In the editor, wrapped over several lines: the contents hold it whole, as text.
  await expect(res.getByTestId("resource-contents")).toContainText(X("resources/read"));

  // Prompts: the list, the hostile argument, prompts/get's messages.
  const prompts = await openTab(page, "Prompts");
  await prompts.getByTestId(/^prompt-<script>/).click();
  await expect(prompts.getByText(X("prompt.arg.description"), { exact: false }).first()).toBeVisible();
  await prompts.getByRole("textbox").first().fill("value");
  await prompts.getByRole("button", { name: "Get prompt" }).click();
  await expect(prompts.getByTestId("prompt-result")).toContainText("[click me](javascript:alert('prompts/get.text'))");

  // Logs: the hostile logger and data, and the stderr line.
  const logs = await openTab(page, "Logs");
  await expect(logs.getByText(X("log.logger"), { exact: false }).first()).toBeVisible();
  await expect(logs.getByText(X("stderr"), { exact: false }).first()).toBeVisible();

  // Timeline and an entry's detail (the tools/list reply written with \u003c escapes).
  const rows = page.getByTestId("timeline-row");
  await expect(rows.filter({ hasText: "stdout noise" }).first()).toContainText(X("stdout-noise"));
  await rows.filter({ hasText: "response to tools/call" }).first().click();
  await expect(page.getByTestId("entry-detail")).toBeVisible();
  await expect(page.getByTestId("entry-detail").getByTestId("code-editor")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("entry-detail")).toContainText("content.text");

  // Problems: findings quote the target's strings.
  await openTab(page, "Problems");
  await expect(page.getByTestId("problems-panel")).toBeVisible();

  await expectInert(page, w, url);
});

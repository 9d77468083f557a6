import { expect, repoPath, startInspector, test } from "./inspector";

// The App is server content: the fixture's hostile App (test/fixtures/app-hostile.html.mjs) tries
// what it must never do from inside the inspector; each attempt must fail, seen from inside the
// App (its own report) and from outside (the page, the timeline, the server's traffic).
const FIXTURE = repoPath("test/fixtures/app-server.mjs");

test("a hostile App reaches nothing: not the page, its storage, cookies or token, the backend's API or socket, the top window, javascript:/file: links, or a hidden tool", async ({
  page,
  context,
}) => {
  const inspector = await startInspector([process.execPath, FIXTURE]);
  try {
    await page.goto(inspector.url);
    // Something the App must not read, in the page's own storage and cookies.
    await page.evaluate(() => {
      localStorage.setItem("planted", "PAGE-SECRET");
      document.cookie = "planted=PAGE-SECRET; path=/";
    });
    await page.getByRole("tab", { name: "Tools" }).click();
    await page.getByTestId("tool-hostile").click();
    await page.getByRole("button", { name: "Run tool" }).click();
    const app = page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
    await expect(app.locator("body")).toHaveAttribute("data-done", "1");
    const results = JSON.parse((await app.locator("#results").textContent()) ?? "{}") as Record<string, string>;

    if (process.env.APPS_DEBUG) console.log(results);
    const attempts = [
      "parent.document",
      "top.document",
      "top.location.href",
      "parent.location.href",
      "document.cookie",
      "localStorage",
      "sessionStorage",
      "token",
      "window.open javascript:",
      "window.open file:",
      "fetch backend /api",
      "fetch backend /api no-cors",
      "websocket backend",
      "open-link javascript:",
      "open-link file:",
      "hidden tool secret-op",
    ];
    for (const a of attempts) expect(results[a], a).toMatch(/^blocked: /);
    expect(JSON.stringify(results)).not.toContain("PAGE-SECRET");
    expect(JSON.stringify(results)).not.toContain(inspector.token);

    // Seen from outside: the top window stayed on the inspector, no popup opened.
    expect(["blocked: SecurityError", "attempted: the page must still be there"]).toContain(results["navigate top"]);
    expect(new URL(page.url()).origin).toBe(inspector.origin);
    await expect(page.getByRole("tab", { name: "Tools" })).toBeVisible();
    expect(context.pages()).toHaveLength(1);

    // The server saw one tools/call (the person's run): not the hidden tool, not the forged call posted straight to the page.
    const rows = page.getByTestId("timeline-row");
    await page.getByRole("combobox", { name: "Direction" }).selectOption("client->server");
    await page.getByRole("combobox", { name: "Method" }).selectOption("tools/call");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("hostile");
    // The forged frame came from the App's own window, not its proxy: the page's tap ignored it too,
    // so the App's only tools/call on record is the hidden tool's (refused by the host).
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByRole("group", { name: "Kinds" }).getByRole("button", { name: "app", exact: true }).click();
    await page.getByRole("combobox", { name: "Method" }).selectOption("tools/call");
    const appCalls = rows.filter({ hasText: "app → host tools/call" });
    await expect(appCalls).toHaveCount(1);
    await expect(appCalls).toContainText("secret-op");
    await expect(rows.filter({ hasText: "host → app error response to tools/call" })).toHaveCount(1);
    // The blocked connections were CSP violations, each reported in the timeline.
    await page.getByRole("combobox", { name: "Method" }).selectOption("");
    await expect(
      rows.filter({ hasText: /App CSP violation: connect-src blocked http:\/\/127\.0\.0\.1:\d+\/api\/record/ }).first(),
    ).toBeVisible();
    await expect(rows.filter({ hasText: /App CSP violation: connect-src blocked ws:\/\/127\.0\.0\.1:\d+\/ws/ })).toHaveCount(1);
  } finally {
    await inspector.stop();
  }
});

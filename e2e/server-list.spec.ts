import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, repoPath, startInspector, test } from "./inspector";
import { screenshots } from "./shots";

/** A folder for screenshots a person looks at (SERVER_LIST_SHOTS=<folder>); none by default. */
const DIR = process.env.SERVER_LIST_SHOTS;

/**
 * The list at 1280 × 800 and 420 px, light and dark. Connected, a narrow page folds the connection
 * pane: it is shown first (the person's choice holds at every width).
 */
async function listShots(page: Page, name: string): Promise<void> {
  if (!DIR) return;
  await page.setViewportSize({ width: 420, height: 800 });
  const show = page.getByRole("button", { name: "Show connection and session settings" });
  if (await show.isVisible()) await show.click();
  await screenshots(DIR, page, name, { view: page.getByRole("list", { name: "Configured servers" }), widths: [1280, 420], height: 800 });
}

/** A value the page must never show: the backend holds it and connects with it. */
const SECRET = "s3cret-65-do-not-show";

test("--config with three servers: the page lists them, switches between two without a relaunch, and the disabled one says why it does not start", async ({
  page,
}) => {
  const dir = mkdtempSync(path.join(tmpdir(), "server-list-"));
  // Kiro's file: Kiro honours `disabled` (Claude Desktop has no such key and starts the server, issue 71).
  const file = path.join(dir, ".kiro", "settings", "mcp.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({
      mcpServers: {
        fixture: { command: process.execPath, args: [repoPath("test/fixtures/page-fixture-server.mjs")], env: { FIXTURE_TOKEN: SECRET } },
        tap: { command: process.execPath, args: [repoPath("test/fixtures/tap-server.mjs")] },
        retired: { command: process.execPath, args: [repoPath("test/fixtures/tap-server.mjs")], disabled: true },
      },
    }),
  );
  const inspector = await startInspector(["--config", file]);
  try {
    await page.goto(inspector.url);
    const list = page.getByRole("list", { name: "Configured servers" });
    const items = list.getByTestId("configured-server");
    await expect(items).toHaveCount(3);
    await expect(page.getByText("From the file given with --config.")).toBeVisible();
    const item = (name: string) => items.filter({ has: page.getByText(name, { exact: true }) });
    await expect(item("fixture")).toContainText("Kiro (project) · mcp.json");
    await expect(item("fixture")).toContainText("env FIXTURE_TOKEN (values kept by the inspector)");
    // Several servers and no --server: nothing connects until one is picked.
    const status = page.getByTestId("session-status");
    await expect(status).not.toHaveText("Connected");

    // The disabled one: marked, not startable, and why.
    await expect(item("retired")).toContainText("disabled");
    await expect(item("retired").getByRole("note")).toHaveText("Not startable: disabled: true (the host does not start it)");
    await expect(page.getByRole("button", { name: "Connect to retired" })).toBeDisabled();

    // A mark on the window: a relaunch or a reload would lose it.
    await page.evaluate(() => ((window as unknown as { stayed: number }).stayed = 65));
    await page.getByRole("button", { name: "Connect to fixture" }).click();
    await expect(status).toHaveText("Connected");
    await expect(page.getByTestId("header-server")).toContainText("Page Fixture Server");
    await expect(item("fixture")).toContainText("connected");
    await expect(item("fixture")).toHaveClass(/selected/);
    await listShots(page, "server-list-fixture");

    // Switch: the other server, same page, same backend.
    await page.getByRole("button", { name: "Connect to tap" }).click();
    await expect(page.getByTestId("header-server")).toContainText("tap-server");
    await expect(status).toHaveText("Connected");
    await expect(item("tap")).toHaveClass(/selected/);
    await expect(item("fixture")).not.toHaveClass(/selected/);
    // And back.
    await page.getByRole("button", { name: "Connect to fixture" }).click();
    await expect(page.getByTestId("header-server")).toContainText("Page Fixture Server");
    expect(await page.evaluate(() => (window as unknown as { stayed?: number }).stayed)).toBe(65);

    // The secret stayed in the backend: not in the page's text, its inputs, or its DOM.
    const values = await page.evaluate(() => [...document.querySelectorAll("input, textarea")].map((e) => (e as HTMLInputElement).value));
    expect(values.join("\n")).not.toContain(SECRET);
    expect(await page.content()).not.toContain(SECRET);
    await listShots(page, "server-list-switched");
  } finally {
    await inspector.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Locator, Page } from "@playwright/test";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { screenshots } from "./shots";
import { openDemo, openTab } from "./protocol-helpers";

// Issue 25 items 6 and 8: tasks offered by default (and what a capability left off hides), tabs
// that wrap instead of clipping at 420 px, the OAuth failure box naming the step that failed.

/** A folder for screenshots a person looks at (SMALL_SHOTS=<folder>); none by default. */
const DIR = process.env.SMALL_SHOTS;

const shots = (page: Page, name: string, widths = [1440, 420], view?: Locator) => screenshots(DIR, page, name, { widths, view });

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
  inspector = undefined;
});

test("the demo offers tasks by default, so its task tools are listed; turning a capability off says what it may hide", async ({ page }) => {
  inspector = await startInspector(["--demo"]);
  await openDemo(page, inspector.url);
  const server = await openTab(page, "Server");
  await expect(server.getByTestId("client-capabilities")).toContainText(/Tasks\s*✓ supported/);
  const tools = await openTab(page, "Tools");
  // The everything server registers these two only for a client that offers tasks.
  await expect(tools.getByTestId("tool-trigger-sampling-request-async")).toBeVisible();
  await expect(tools.getByTestId("tool-trigger-elicitation-request-async")).toBeVisible();

  const form = page.getByRole("form", { name: "Target" });
  const tasks = form.getByRole("checkbox", { name: "Tasks" });
  await expect(tasks).toBeChecked();
  await expect(form.getByTestId("capabilities-off")).toHaveCount(0);
  await tasks.uncheck();
  await expect(form.getByTestId("capabilities-off")).toHaveText("Tasks off: servers may hide tools that need it, such as task tools.");
  await expect(tasks).toHaveAccessibleDescription("Tasks off: servers may hide tools that need it, such as task tools.");
  await form.getByRole("button", { name: "Reconnect with these settings" }).click();
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  await openTab(page, "Tools");
  await expect(tools.getByTestId("tool-echo")).toBeVisible();
  await expect(tools.getByTestId("tool-trigger-sampling-request-async")).toHaveCount(0);
  await openTab(page, "Server");
  await shots(page, "capabilities-off");
});

test("at 420 px every tab is whole and in view: the bar wraps instead of clipping", async ({ page }) => {
  inspector = await startInspector(["--demo"]);
  await page.setViewportSize({ width: 420, height: 900 });
  await openDemo(page, inspector.url);
  const bar = page.getByRole("tablist", { name: "Server features" });
  const box = (await bar.boundingBox())!;
  const tabs = bar.getByRole("tab");
  const n = await tabs.count();
  expect(n).toBeGreaterThanOrEqual(10);
  for (let i = 0; i < n; i++) {
    const t = (await tabs.nth(i).boundingBox())!;
    expect(t.x, (await tabs.nth(i).textContent()) ?? "").toBeGreaterThanOrEqual(box.x - 0.5);
    expect(t.x + t.width, (await tabs.nth(i).textContent()) ?? "").toBeLessThanOrEqual(box.x + box.width + 0.5);
    await expect(tabs.nth(i)).toBeInViewport({ ratio: 1 });
  }
  // Nothing scrolls sideways: the bar holds all its tabs.
  expect(await bar.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  await shots(page, "tabs", [420, 1440]);
});

interface Fixture {
  url: string;
  close(): Promise<void>;
}

test("an authorization server with no way to register: the failure box names client registration, not 'log in'", async ({ page }) => {
  const mod = (await import(pathToFileURL(repoPath("test/fixtures/oauth-as.mjs")).href)) as {
    startOAuthFixture(o: object): Promise<Fixture>;
  };
  const fixture = await mod.startOAuthFixture({ noRegistration: true });
  try {
    inspector = await startInspector([]);
    await page.goto(inspector.url);
    await expect(page.getByTestId("session-status")).toHaveText("Not connected");
    const form = page.getByRole("form", { name: "Target" });
    await form.getByRole("radio", { name: "Streamable HTTP" }).check();
    await form.getByLabel("URL", { exact: true }).fill(fixture.url);
    await form.getByText("Authorization (OAuth)").click();
    await form.getByLabel("When the server answers 401").selectOption("auto");
    await form.getByRole("button", { name: "Connect", exact: true }).click();
    const box = page.getByTestId("connection-error");
    await expect(box.getByTestId("connection-error-title")).toHaveText("Authorization failed at client registration");
    await expect(box).not.toContainText("wants you to log in");
    await expect(box).toContainText("Server, Authorization (OAuth)");
    const view = (await openTab(page, "Server")).getByTestId("auth-view");
    await expect(view.locator('[data-testid="auth-step"][data-step="registration"]')).toBeVisible();
    await shots(page, "auth-failed", [1440, 420], box);
  } finally {
    await fixture.close();
  }
});

test("every file the README links is in the package", () => {
  const readme = readFileSync(repoPath("README.md"), "utf8");
  const linked = [...new Set([...readme.matchAll(/\]\((docs\/[^)#\s]+)/g)].map((m) => m[1]))];
  expect(linked.length).toBeGreaterThanOrEqual(5);
  // --ignore-scripts: the list of files, without building the bundles again.
  const [pack] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: repoPath(),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  ) as Array<{ files: Array<{ path: string; size: number }> }>;
  const files = new Map(pack.files.map((f) => [f.path, f.size]));
  expect(linked.filter((l) => !files.has(l))).toEqual([]);
  // The manual's size (README.md and docs/ together) is a budget of test/budgets/budgets.ts.
});

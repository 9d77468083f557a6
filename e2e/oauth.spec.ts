import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { openTab, pickTool } from "./protocol-helpers";
import { startOAuthDemo, type OAuthDemo } from "../test/helpers/oauth-demo";
import { freePort } from "../test/helpers/targets";

// MCP authorization in the page against the SDK's own example server with OAuth: its demo
// authorization server approves by itself, so a login needs no person (auto), or only a browser
// tab that follows its redirect back to the inspector's /oauth/callback (browser).

/** Fills the connect form for a Streamable HTTP URL with an authorization mode, and connects. */
async function connectWithAuth(page: Page, url: string, mode: "browser" | "auto" | "off") {
  const form = page.getByRole("form", { name: "Target" });
  await form.getByRole("radio", { name: "Streamable HTTP" }).check();
  await form.getByLabel("URL", { exact: true }).fill(url);
  await form.getByText("Authorization (OAuth)").click();
  await form.getByLabel("When the server answers 401").selectOption(mode);
  await form.getByRole("button", { name: /^(Connect|Reconnect with these settings)$/ }).click();
}

/** A folder for screenshots a person looks at (OAUTH_SHOTS=<folder>); none by default. */
const DIR = process.env.OAUTH_SHOTS;

let demo: OAuthDemo;
let inspector: RunningInspector | undefined;
test.beforeAll(async () => {
  demo = await startOAuthDemo();
});
test.afterAll(() => {
  demo?.stop();
});
test.afterEach(async () => {
  await inspector?.stop();
  inspector = undefined;
});

test("auto: the page connects through the OAuth flow, shows every step, calls a tool, and forgets the tokens", async ({ page }) => {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("session-status")).toHaveText("Not connected");
  await connectWithAuth(page, demo.url, "auto");
  await expect(page.getByTestId("session-status")).toHaveText("Connected");

  const server = await openTab(page, "Server");
  const view = server.getByTestId("auth-view");
  await expect(view.getByTestId("auth-summary")).toHaveAttribute("data-authorized", "true");
  await expect(view.getByTestId("auth-summary")).toContainText(/••••/);
  await expect(view.getByTestId("auth-outcome")).toHaveAttribute("data-outcome", "authorized");
  for (const step of ["challenge", "resource-metadata", "authorization-server-metadata", "registration", "authorization", "token"]) {
    await expect(view.locator(`[data-testid="auth-step"][data-step="${step}"]`)).toBeVisible();
  }
  for (const [step, status] of [
    ["resource-metadata", "200"],
    ["authorization-server-metadata", "200"],
    ["registration", "201"],
    ["token", "200"],
  ]) {
    await expect(view.locator(`[data-testid="auth-exchange"][data-step="${step}"][data-status="${status}"]`).first()).toBeVisible();
  }
  // An exchange opens to its request and response; the token in it is masked.
  const token = view.locator('[data-testid="auth-exchange"][data-step="token"]').first();
  await token.locator("summary").click();
  await expect(token.getByLabel("Response body")).toContainText('"access_token":"••••');

  const tools = await pickTool(page, "greet");
  await tools.getByRole("textbox", { name: /^name/ }).fill("OAuth");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("Hello, OAuth!");

  await openTab(page, "Server");
  await view.getByRole("button", { name: "Forget tokens" }).click();
  await expect(view.getByTestId("auth-summary")).toContainText("not authorized");
  await expect(view.locator('[data-testid="auth-outcome"][data-outcome="forgotten"]')).toBeVisible();
});

test("browser: a Log in link appears; the login in another tab comes back to the inspector, which connects by itself", async ({ page }) => {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("session-status")).toHaveText("Not connected");
  await connectWithAuth(page, demo.url, "browser");
  const link = page.getByTestId("auth-login-link").first();
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  if (DIR)
    for (const width of [1440, 420]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${DIR}/login-waiting-${width}.png` });
    }
  const href = (await link.getAttribute("href"))!;
  expect(new URL(href).searchParams.get("code_challenge_method")).toBe("S256");
  expect(new URL(href).searchParams.get("redirect_uri")).toBe(`${inspector.origin}/oauth/callback`);

  // The demo authorization server approves by itself and redirects to the inspector's callback.
  const login = await page.context().newPage();
  await login.goto(href);
  await expect(login.locator("body")).toContainText("Logged in");
  await login.close();

  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  await expect(page.getByTestId("auth-login")).toHaveCount(0);
  const view = (await openTab(page, "Server")).getByTestId("auth-view");
  await expect(view.getByTestId("auth-summary")).toHaveAttribute("data-authorized", "true");
  await expect(view.locator('[data-testid="auth-exchange"][data-step="token"][data-status="200"]')).toBeVisible();
});

test("restart: tokens die with the backend; after a restart on the same port, a refreshed page logs in again and calls a tool", async ({
  page,
}) => {
  const port = await freePort();
  // The page's port is the one that must stay; the ports that follow it (port + 1, + 2) are any
  // free ones: freePort knows only that `port` was free (CI: another process held port + 1).
  const args = ["--port", String(port), "--sandbox-port", "0", "--agent-port", "0", "--server-url", demo.url, "--auth", "auto"];
  const env = { INSPECTOR_TOKEN: "oauth-restart-e2e-token" };
  inspector = await startInspector(args, env);
  await page.goto(inspector.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  const greet = async (name: string) => {
    const tools = await pickTool(page, "greet");
    await tools.getByRole("textbox", { name: /^name/ }).fill(name);
    await tools.getByRole("button", { name: "Run tool" }).click();
    await expect(tools.getByTestId("tool-result")).toContainText(`Hello, ${name}!`);
  };
  await greet("before");
  // Nothing the page keeps can stand in for a token: they live in the backend only.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toMatch(/access_token|refresh_token|Bearer/i);

  await inspector.stop();
  await expect(page.getByTestId("session-status")).toHaveText("Backend unreachable");
  if (DIR) await page.screenshot({ path: `${DIR}/backend-lost-1440.png` });
  inspector = await startInspector(args, env);
  expect(inspector.origin).toBe(`http://127.0.0.1:${port}`);
  await page.reload();
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  const view = (await openTab(page, "Server")).getByTestId("auth-view");
  // A new backend, a new flow: registration and token again, not a token carried over.
  await expect(view.getByTestId("auth-summary")).toHaveAttribute("data-authorized", "true");
  await expect(view.locator('[data-testid="auth-exchange"][data-step="registration"][data-status="201"]')).toBeVisible();
  await expect(view.locator('[data-testid="auth-exchange"][data-step="token"][data-status="200"]')).toBeVisible();
  await greet("after");
});

// Screenshots of the OAuth debugger for a person to look at, light and dark, wide and narrow:
// a completed flow (the SDK's example server) and a failed one (the fixture authorization server
// whose metadata is HTML). Only with OAUTH_SHOTS=<folder>; it asserts only that the views render.

interface Fixture {
  url: string;
  close(): Promise<void>;
}

test.describe("screenshots", () => {
  test.skip(!DIR, "set OAUTH_SHOTS=<folder> to take the screenshots");
  let fixture: Fixture | undefined;
  test.afterAll(async () => {
    await fixture?.close();
  });

  for (const [name, outcome] of [
    ["completed", "authorized"],
    ["failed", "failed"],
  ] as const) {
    test(`the debugger with a ${name} flow`, async ({ page }) => {
      let url: string;
      if (name === "completed") url = demo.url;
      else {
        const mod = (await import(pathToFileURL(repoPath("test/fixtures/oauth-as.mjs")).href)) as {
          startOAuthFixture(o: object): Promise<Fixture>;
        };
        url = (fixture = await mod.startOAuthFixture({ htmlMetadata: true })).url;
      }
      inspector = await startInspector([]);
      await page.goto(inspector.url);
      await connectWithAuth(page, url, "auto");
      const view = (await openTab(page, "Server")).getByTestId("auth-view");
      await expect(view.getByTestId("auth-run")).toHaveAttribute("data-outcome", outcome);
      // One exchange open, to see a request and a response.
      await view.locator('[data-testid="auth-exchange"][data-step="authorization-server-metadata"] summary').first().click();
      for (const scheme of ["light", "dark"] as const) {
        for (const width of [1440, 420]) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.setViewportSize({ width, height: 900 });
          await view.scrollIntoViewIfNeeded();
          await view.screenshot({ path: `${DIR}/${name}-${scheme}-${width}.png` });
          await page.screenshot({ path: `${DIR}/${name}-${scheme}-${width}-page.png` });
        }
      }
    });
  }
});

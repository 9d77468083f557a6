import type { Locator, Page } from "@playwright/test";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { screenshots } from "./shots";
import { openTab, pickTool } from "./protocol-helpers";

/** A folder for screenshots a person looks at (MODERN_SHOTS=<folder>); none by default. */
const DIR = process.env.MODERN_SHOTS;

let inspector: RunningInspector;
test.beforeAll(async () => {
  // A 2026-07-28-only server: it refuses initialize (-32022); auto then opens with server/discover.
  inspector = await startInspector(["node", repoPath("test/fixtures/modern-mrtr-server.mjs"), "--stdio"]);
});
test.afterAll(async () => inspector?.stop());

const shots = (page: Page, name: string, view: Locator) => screenshots(DIR, page, name, { view, viewShot: true });

test("a 2026-07-28-only server in the default era: server/discover, an MRTR elicitation answered in the queue, a listen subscription", async ({
  page,
}) => {
  await page.goto(inspector.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  // The connect form's era defaults to auto.
  await expect(page.getByRole("combobox", { name: "Protocol era" })).toHaveValue("auto");

  // The Server tab: the modern era, opened with server/discover after initialize was refused.
  const server = await openTab(page, "Server");
  await expect(server.getByTestId("protocol-era")).toHaveAttribute("data-era", "modern");
  await expect(server.getByTestId("handshake-method")).toHaveText("server/discover");
  await expect(server.getByTestId("agreed-protocol")).toHaveText("2026-07-28");
  await expect(server.getByTestId("era-switch")).toContainText("The server refused initialize first");
  await expect(page.getByTestId("header-server")).toContainText("protocol 2026-07-28");
  await server.getByRole("button", { name: "Raw server/discover response" }).click();
  await expect(page.getByTestId("entry-detail")).toContainText("server/discover");
  await shots(page, "negotiation", server.getByTestId("protocol-card"));

  // Tools are listed as in 2025.
  const tools = await pickTool(page, "confirm-action");
  await expect(tools.getByTestId("tool-bump")).toBeVisible();

  // confirm-action answers input_required with an elicitation: it waits in the Requests queue.
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByTestId("pending-cue")).toContainText("input_required");
  const requests = await openTab(page, "Requests");
  const card = requests.getByTestId("elicitation-card");
  await expect(card.getByTestId("input-required")).toContainText(/input_required from tools\/call seq \d+/);
  await expect(card.getByTestId("input-required")).toContainText("key confirm");
  await expect(card).toContainText("Confirm: proceed?");
  await shots(page, "input-required", card);
  await card.getByRole("checkbox", { name: /confirm/ }).check();
  await card.getByRole("button", { name: "Accept and send" }).click();
  await expect(requests.getByTestId("elicitation-card")).toHaveCount(0);
  // The engine sent tools/call again with the answer: that result is the one shown.
  await openTab(page, "Tools");
  await expect(tools.getByTestId("tool-result")).toContainText('accept confirm=true (requestState "confirm-action:proceed")');
  // The timeline marks the retry and links it to the first request.
  const methods = page.getByRole("combobox", { name: "Method" });
  await methods.selectOption("tools/call");
  const retryRow = page.getByTestId("timeline-row").filter({ has: page.getByTestId("retry-of") });
  await expect(retryRow).toContainText(/retry of seq \d+ confirm-action/);
  await retryRow.click();
  const detail = page.getByTestId("entry-detail");
  const first = (await detail.getByTestId("entry-retry-of").textContent())!;
  await shots(page, "timeline-retry", page.locator(".pane-timeline"));
  await detail.getByTestId("entry-retry-of").click();
  await expect(detail.getByRole("heading")).toHaveText(new RegExp(`^${first} tools/call`));
  await methods.selectOption("");

  // Subscribe to fixture://counter (a subscriptions/listen), bump it, see the update.
  const resources = await openTab(page, "Resources");
  await resources.getByTestId("resource-fixture://counter").click();
  await resources.getByRole("button", { name: "Subscribe" }).click();
  const subs = resources.getByTestId("subscriptions");
  await expect(subs.getByRole("button", { name: "Unsubscribe from fixture://counter" })).toBeVisible();
  const bump = await pickTool(page, "bump");
  await bump.getByRole("button", { name: "Run tool" }).click();
  await expect(bump.getByTestId("tool-result")).toContainText("1");
  await openTab(page, "Resources");
  await expect(subs.getByTestId("resource-updates")).toContainText("fixture://counter");
  await shots(page, "subscriptions", subs);

  // list_changed reaches the page on the connection's own listen: add-tool's tool is listed.
  const add = await pickTool(page, "add-tool");
  await add.getByRole("button", { name: "Run tool" }).click();
  await expect(add.getByTestId("tool-result")).toContainText("extra-1");
  await expect(add.getByTestId("tool-extra-1")).toBeVisible();

  // Unsubscribe ends the listen (notifications/cancelled over stdio); a bump then brings nothing.
  await openTab(page, "Resources");
  await subs.getByRole("button", { name: "Unsubscribe from fixture://counter" }).click();
  await expect(subs).toContainText("No active subscriptions");
  await page.getByRole("combobox", { name: "Method" }).selectOption("notifications/cancelled");
  await expect(page.getByTestId("timeline-row").last()).toContainText("unsubscribed from fixture://counter");
});

test("over Streamable HTTP: a listen subscription's update arrives; Unsubscribe closes its stream", async ({ page }) => {
  const { spawn } = await import("node:child_process");
  const server = spawn(process.execPath, [repoPath("test/fixtures/modern-mrtr-server.mjs"), "--port", "0"], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    server.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/\S+\/mcp)/.exec(out);
      if (m) resolve(m[1]);
    });
    server.once("exit", (code) => reject(new Error(`the fixture exited (${code}): ${out}`)));
  });
  const http = await startInspector(["--server-url", url]);
  try {
    await page.goto(http.url);
    await expect(page.getByTestId("session-status")).toHaveText("Connected");
    await expect((await openTab(page, "Server")).getByTestId("handshake-method")).toHaveText("server/discover");
    const resources = await openTab(page, "Resources");
    await resources.getByTestId("resource-fixture://counter").click();
    await resources.getByRole("button", { name: "Subscribe" }).click();
    const subs = resources.getByTestId("subscriptions");
    await expect(subs.getByRole("button", { name: "Unsubscribe from fixture://counter" })).toBeVisible();
    const bump = await pickTool(page, "bump");
    await bump.getByRole("button", { name: "Run tool" }).click();
    await expect(bump.getByTestId("tool-result")).toBeVisible();
    await openTab(page, "Resources");
    await expect(subs.getByTestId("resource-updates")).toContainText("fixture://counter");
    await subs.getByRole("button", { name: "Unsubscribe from fixture://counter" }).click();
    await expect(subs).toContainText("No active subscriptions");
    await expect(resources.getByRole("alert")).toHaveCount(0);
  } finally {
    await http.stop();
    server.kill();
  }
});

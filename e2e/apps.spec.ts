import { expect, repoPath, startInspector, test } from "./inspector";
import { screenshots } from "./shots";

// MCP Apps (issue 24) against the official example App server, run over stdio as a person would.
const BASIC = repoPath("node_modules/@modelcontextprotocol/server-basic-vanillajs/dist/index.js");

test("get-time renders its App in a frame of another origin; Get Server Time in it makes a tools/call linked to the App's message", async ({
  page,
}) => {
  const inspector = await startInspector([process.execPath, BASIC, "--stdio"]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Tools" }).click();
    await expect(page.getByTestId("tool-get-time").getByTestId("app-badge")).toBeVisible();
    await page.getByTestId("tool-get-time").click();
    await page.getByRole("button", { name: "Run tool" }).click();
    await expect(page.getByTestId("tool-result")).toHaveAttribute("data-status", "ok");

    const panel = page.getByTestId("app-panel");
    const frameEl = panel.getByTestId("app-frame");
    await expect(frameEl).toBeVisible();
    // The proxy is on the sandbox's own port: another origin than the page's.
    const src = await frameEl.getAttribute("src");
    expect(new URL(src!).origin).not.toBe(inspector.origin);
    const app = page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
    await expect(app.getByRole("button", { name: "Get Server Time" })).toBeVisible();
    // The handshake and the tool result went through the bridge.
    const log = panel.getByTestId("app-message");
    // By the summary line: a message's JSON (the App's own HTML in sandbox-resource-ready) may name any method.
    const sent = (dir: string, method: string) =>
      log.filter({ has: page.locator("summary", { hasText: dir }).locator("code", { hasText: new RegExp(`^${method}$`) }) });
    await expect(sent("app → host", "ui/initialize")).toHaveCount(1);
    await expect(sent("host → app", "ui/notifications/tool-result")).toHaveCount(1);

    await app.getByRole("button", { name: "Get Server Time" }).click();
    const call = sent("app → host", "tools/call");
    await expect(call).toHaveCount(1);
    await expect(log.filter({ hasText: "host → app" }).filter({ hasText: "answers tools/call" })).toHaveCount(1);
    await expect(app.locator("#server-time")).toHaveText(/\d{4}-\d\d-\d\dT/);
    // The server request it caused, in the timeline.
    // By keyboard: the App resizes its frame as the time arrives, and a pointer click aimed while
    // the log below it moves can land on the row beside the button.
    await call.getByRole("button", { name: /^Server request seq / }).press("Enter");
    const detail = page.getByTestId("entry-detail");
    await expect(detail).toContainText("tools/call");
    await expect(detail).toContainText("get-time");

    // What the App asks of the model is shown to the person.
    await app.locator("#message-text").fill("Hello from the App");
    await app.getByRole("button", { name: "Send Message" }).click();
    await expect(panel.getByTestId("app-model-ask")).toContainText("Hello from the App");

    // Host emulation: a theme change reaches the App as a host-context change.
    await panel.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    // (An App that initialized while its call ran has had one already: its toolInfo's id, once known.)
    const themed = sent("host → app", "ui/notifications/host-context-changed").filter({ hasText: /"theme": "dark"/ });
    await expect(themed).toHaveCount(1);

    // ui/open-link waits for the person; refusing opens nothing.
    await app.getByRole("button", { name: "Open Link" }).click();
    const confirm = page.getByRole("alertdialog", { name: "The App asks to open a link" });
    await expect(confirm).toContainText("https://");
    await confirm.getByRole("button", { name: "Refuse" }).click();
    await expect(confirm).toHaveCount(0);

    await screenshots(process.env.APPS_SHOTS, page, "app-inline", { view: panel });
    await panel.getByRole("combobox", { name: "Display" }).selectOption("fullscreen");
    await screenshots(process.env.APPS_SHOTS, page, "app-fullscreen");
    await page.getByRole("button", { name: "Back to inline" }).click();
  } finally {
    await inspector.stop();
  }
});

test("the App sandbox origin serves only its proxy, to this page's origins, and checks Host", async ({ request }) => {
  const inspector = await startInspector([process.execPath, BASIC, "--stdio"]);
  try {
    const info = await (await request.get(`${inspector.origin}/apps/sandbox.json`)).json();
    // Another site than the page's (issue 50): the page on 127.0.0.1 frames the sandbox as localhost.
    expect(info.host).toBe("localhost");
    const sandbox = `http://localhost:${info.port}`;
    const res = await request.get(`${sandbox}/sandbox`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-security-policy"]).toContain(`frame-ancestors ${inspector.origin}`);
    expect((await request.get(`${sandbox}/api/health`)).status()).toBe(404);
    expect((await request.get(`${sandbox}/sandbox`, { headers: { Host: "rebound.example" } })).status()).toBe(403);
    // The page's own policy lets it frame exactly that origin.
    const page = await request.get(`${inspector.origin}/`);
    expect(page.headers()["content-security-policy"]).toContain(`frame-src 'self' ${sandbox}`);
  } finally {
    await inspector.stop();
  }
});

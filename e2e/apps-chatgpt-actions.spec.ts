import fs from "node:fs";
import { screenshots } from "./shots";
import { expect, repoPath, startInspector, test } from "./inspector";

// Issue 66 point 4: window.openai's ChatGPT-only actions (uploadFile, requestCheckout, requestModal,
// setOpenInAppUrl) are shown to the person and answered as ChatGPT answers in test mode; the
// template's openai/widgetDomain and openai/widgetPrefersBorder and the tool's invoking/invoked
// status texts are honoured. Fixture: test/fixtures/apps-chatgpt/server.mjs.
const FIXTURE = repoPath("test/fixtures/apps-chatgpt/server.mjs");
const SHOTS = process.env.APPS_SHOTS;

test("a ChatGPT widget's upload, checkout, modal and open-in-app URL are shown to the person and answered in test mode", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const inspector = await startInspector([process.execPath, FIXTURE]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: "Apps" }).click();
    await page.getByRole("list", { name: "App tools" }).getByRole("button", { name: "Counter", exact: true }).click();
    await page.getByRole("button", { name: "Run counter" }).click();
    const panel = page.getByTestId("app-panel");
    await expect(panel).toHaveAttribute("data-profile", "chatgpt");
    const app = panel.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
    await expect(app.locator("#output")).toHaveText('{"count":5}');

    // The envelope ChatGPT hands a widget, and its view.
    await expect(app.locator("#meta")).toContainText('"status":"success"');
    await expect(app.locator("#meta")).toContainText('"hidden":{"openai/outputTemplate"');
    await expect(app.locator("#view")).toHaveText('{"mode":"inline","params":null}');
    // The tool's invoked text, the template's border and domain.
    await expect(panel.getByTestId("app-invocation")).toHaveText("Counted the clicks");
    await expect(panel.locator(".app-bordered .app-frame")).toBeVisible();
    await expect(panel.getByTestId("app-widget-domain")).toHaveText("Widget domain: https://counter.example.com", { useInnerText: false });

    // uploadFile: the host names the file and shows it; the widget gets a download URL for it.
    await app.getByLabel("Upload a file").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
    await expect(app.locator("#upload")).toHaveText("file_test_1 blob:");
    await expect(panel.getByTestId("openai-notice").first()).toContainText("uploadFile: notes.txt (text/plain, 5 bytes) → file_test_1");

    // requestCheckout waits for the person: Cancel rejects, Pay (test mode) completes.
    await app.getByRole("button", { name: "Checkout" }).click();
    const checkout = page.getByRole("alertdialog", { name: "The App asks for a checkout" });
    await expect(checkout).toContainText("cs_test_1");
    await expect(checkout).toContainText("Test mode");
    await expect(app.locator("#checkedout")).toHaveText("");
    if (SHOTS) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/chatgpt-checkout-1280.png` });
    }
    await checkout.getByRole("button", { name: "Cancel" }).click();
    await expect(app.locator("#checkedout")).toHaveText("rejected: The person cancelled the checkout");
    await app.getByRole("button", { name: "Checkout" }).click();
    await checkout.getByRole("button", { name: "Pay (test mode)" }).click();
    await expect(app.locator("#checkedout")).toContainText('"status":"completed"');
    await expect(app.locator("#checkedout")).toContainText('"payment_mode":"test"');

    // requestModal renders the widget again in a modal over the page, in a frame of its own, with
    // view.mode "modal" and the params (as ChatGPT does); the widget's promise settles once it is open.
    await app.getByRole("button", { name: "Details" }).click();
    const modal = page.getByRole("dialog", { name: "Counter details" });
    await expect(modal).toBeVisible();
    const copy = modal.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
    await expect(copy.locator("#view")).toHaveText('{"mode":"modal","params":{"count":5}}');
    await expect(copy.locator("#output")).toHaveText('{"count":5}');
    await expect(app.locator("#modaled")).toHaveText('"done"');
    await expect(app.locator("#view")).toHaveText('{"mode":"inline","params":null}');
    await expect(modal.getByTestId("app-frame")).toBeInViewport({ ratio: 1 });
    // The copy is the widget: its calls reach the server and its widget state is the widget's.
    await copy.getByRole("button", { name: "Call bump" }).click();
    await expect(copy.locator("#called")).toHaveText('{"count":7} / count is 7');
    await copy.getByRole("button", { name: "Add" }).click();
    await expect(copy.locator("#clicks")).toHaveText("1");
    await expect(panel.getByTestId("app-widget-state")).toContainText('"clicks": 1');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/chatgpt-modal-1280.png` });
    await screenshots(SHOTS, page, "chatgpt-modal", { widths: [1280, 420], height: 800 });
    await modal.getByRole("button", { name: "Close modal" }).click();
    await expect(modal).toBeHidden();
    await expect(page.getByTestId("app-panel").getByTestId("app-frame")).toHaveCount(1);

    // setOpenInAppUrl: kept and shown.
    await app.getByRole("button", { name: "Set app URL" }).click();
    await expect(app.locator("#appurled")).toHaveText('"done"');
    await expect(panel.getByTestId("openai-notice").nth(1)).toContainText("https://counter.example.com/c/5");

    // Each was a request in ChatGPT's openai/ namespace, in the record as the App's.
    const record = await (
      await fetch(`${inspector.origin}/api/record`, { headers: { Authorization: `Bearer ${inspector.token}` } })
    ).json();
    const methods = new Set(
      (record.entries as { kind: string; dir?: string; message?: { method?: string } }[])
        .filter((e) => e.kind === "app" && e.dir === "app->host")
        .map((e) => e.message?.method),
    );
    for (const m of ["openai/uploadFile", "openai/requestCheckout", "openai/requestModal", "openai/setOpenInAppUrl"])
      expect(methods).toContain(m);
  } finally {
    await inspector.stop();
  }
});

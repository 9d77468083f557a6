import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { parseSession } from "../lib/session/file";
import { expect, repoPath, startInspector, test } from "./inspector";
import { screenshots } from "./shots";

// Issue 24 item 8: a recording keeps an App's traffic as data; Reproduce runs the App tool again
// and renders its App live, only after the person confirms, from the live server.
const BASIC = repoPath("node_modules/@modelcontextprotocol/server-basic-vanillajs/dist/index.js");

type RecordJson = {
  entries: Array<{
    seq: number;
    kind: string;
    dir?: string;
    serverSeq?: number;
    message?: { method?: string; params?: { name?: string } };
  }>;
};

async function liveRecord(origin: string, token: string): Promise<RecordJson> {
  return (await (await fetch(`${origin}/api/record`, { headers: { Authorization: `Bearer ${token}` } })).json()) as RecordJson;
}

/** tools/call get-time requests the inspector sent to the server, in its live record. */
const getTimeCalls = (r: RecordJson) =>
  r.entries.filter(
    (e) =>
      e.kind === "message" && e.dir === "client->server" && e.message?.method === "tools/call" && e.message.params?.name === "get-time",
  );

/** The App's log rows of one direction and method, by the summary line (a message's JSON may name any method). */
const sent = (page: Page, panel: ReturnType<Page["getByTestId"]>, dir: string, method: string) =>
  panel
    .getByTestId("app-message")
    .filter({ has: page.locator("summary", { hasText: dir }).locator("code", { hasText: new RegExp(`^${method.replace("/", "\\/")}$`) }) });

test("an App in a recording is data until Reproduce; after the confirm the replayed get-time renders its App live, and Get Server Time in it calls the server", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const sender = await startInspector([process.execPath, BASIC, "--stdio"]);
  const elsewhere = await startInspector([]);
  try {
    // Record: run get-time in the Tools tab, press Get Server Time in its App, save the session file.
    await page.goto(sender.url);
    await page.getByRole("tab", { name: "Tools" }).click();
    await page.getByTestId("tool-get-time").click();
    await page.getByRole("button", { name: "Run tool" }).click();
    const senderApp = page.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
    await senderApp.getByRole("button", { name: "Get Server Time" }).click();
    await expect(senderApp.locator("#server-time")).toHaveText(/\d{4}-\d\d-\d\dT/);
    // The host's answer to the App's call reaches the record after the App shows it (the page's App
    // tap writes it over the socket): the recording below must hold it, or its relayed call looks
    // like one of the person's (a red fresh-clone run saved 25 entries, the answer not among them).
    await expect
      .poll(async () => (await liveRecord(sender.origin, sender.token)).entries.some((e) => e.kind === "app" && e.serverSeq !== undefined))
      .toBe(true);
    await expect(sent(page, page.getByTestId("app-panel"), "host → app", "ui/notifications/tool-result")).toHaveCount(1);
    await page.getByRole("button", { name: "Share / export…" }).click();
    const dialog = page.getByTestId("share-dialog");
    await expect(dialog.getByTestId("share-review")).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Download .mcp-session.json" }).click(),
    ]);
    const text = readFileSync((await download.path())!, "utf8");
    const parsed = parseSession(text);
    if (!parsed.ok) throw new Error(parsed.message);
    // The recording holds the App's messages (its HTML among them) as record entries.
    expect(parsed.session.entries.filter((e) => e.kind === "app").length).toBeGreaterThan(3);

    // Open it on another inspector (no target), with its token: the App is data, nothing runs.
    const viewer = await (await browser.newContext()).newPage();
    await viewer.goto(elsewhere.url);
    await viewer
      .getByTestId("session-file-input")
      .setInputFiles({ name: "get-time.mcp-session.json", mimeType: "application/json", buffer: Buffer.from(text) });
    const banner = viewer.getByTestId("recording-banner");
    await expect(banner.getByTestId("recording-run")).toHaveAttribute("data-state", "not-run");
    await viewer.getByRole("tab", { name: /Tool results/ }).click();
    await viewer.getByTestId("recorded-call").first().click();
    await expect(viewer.getByTestId("recorded-app-note")).toContainText("does not run here");
    await expect(viewer.locator('[data-testid="timeline-row"]').filter({ hasText: "app → host" }).first()).toBeVisible();
    // No App frame, no frame at all, and the live inspector has sent nothing to any server.
    await expect(viewer.getByTestId("app-frame")).toHaveCount(0);
    await expect(viewer.locator("iframe")).toHaveCount(0);
    expect(getTimeCalls(await liveRecord(elsewhere.origin, elsewhere.token))).toEqual([]);
    await screenshots(process.env.REPRO_APPS_SHOTS, viewer, "recording-app-before", { view: viewer.getByTestId("recorded-app-note") });

    // The confirm shows the command; still nothing runs while it is open.
    await viewer.getByRole("button", { name: "Reproduce…" }).click();
    const confirm = viewer.getByTestId("reproduce-confirm");
    await expect(confirm.getByTestId("confirm-command")).toContainText("server-basic-vanillajs");
    await expect(viewer.getByTestId("app-frame")).toHaveCount(0);
    await confirm.getByRole("button", { name: "Run it" }).click();
    await expect(banner.getByTestId("recording-run")).toHaveAttribute("data-state", "done", { timeout: 60_000 });

    // The replayed get-time (the Run) renders its App; the App's own recorded call gets none.
    const calls = viewer.locator('[data-testid="diff-item"][data-method="tools/call"]');
    await expect(calls).toHaveCount(2);
    await expect(viewer.getByTestId("replayed-by-app")).toHaveCount(1);
    const replayed = viewer.getByTestId("replayed-app");
    await expect(replayed).toHaveCount(1);
    await expect(calls.first().getByTestId("replayed-app")).toHaveCount(1);
    const panel = replayed.getByTestId("app-panel");
    const frameEl = panel.getByTestId("app-frame");
    await expect(frameEl).toBeVisible();
    const src = await frameEl.getAttribute("src");
    expect(new URL(src!).origin).not.toBe(elsewhere.origin);
    await expect(frameEl).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-forms");
    const app = viewer.frameLocator('[data-testid="replayed-app"] [data-testid="app-frame"]').frameLocator("iframe");
    await expect(app.getByRole("button", { name: "Get Server Time" })).toBeVisible();
    // The App was given the live result, through the bridge.
    await expect(sent(viewer, panel, "app → host", "ui/initialize")).toHaveCount(1);
    await expect(sent(viewer, panel, "host → app", "ui/notifications/tool-result")).toHaveCount(1);
    // Two calls were replayed into the live record; the App's button makes a third.
    expect(getTimeCalls(await liveRecord(elsewhere.origin, elsewhere.token))).toHaveLength(2);

    // Placed first: the App's size-changed brings it into view, and a click while the page scrolls
    // lands where the button was (a fresh-clone run's red: the click reached no handler, no tools/call).
    await expect(panel.getByTestId("app-reveal")).toHaveAttribute("data-revealed", "done");
    await app.getByRole("button", { name: "Get Server Time" }).click();
    await expect(sent(viewer, panel, "app → host", "tools/call")).toHaveCount(1);
    await expect(panel.getByTestId("app-message").filter({ hasText: "host → app" }).filter({ hasText: "answers tools/call" })).toHaveCount(
      1,
    );
    await expect(app.locator("#server-time")).toHaveText(/\d{4}-\d\d-\d\dT/);
    await expect.poll(async () => getTimeCalls(await liveRecord(elsewhere.origin, elsewhere.token)).length).toBe(3);
    // The App's messages went into the live record, as a run in the Tools tab does.
    expect(
      (await liveRecord(elsewhere.origin, elsewhere.token)).entries.some((e) => e.kind === "app" && e.message?.method === "tools/call"),
    ).toBe(true);

    await screenshots(process.env.REPRO_APPS_SHOTS, viewer, "recording-app-replayed", { view: replayed.getByText("Rendered live") });
    await screenshots(process.env.REPRO_APPS_SHOTS, viewer, "recording-app-replayed-frame", { view: panel });
  } finally {
    await sender.stop();
    await elsewhere.stop();
  }
});

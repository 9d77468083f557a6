import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { decodeSessionLink } from "../lib/session/share-link";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";

const API_KEY = "sk-test-Zq8w2PpLkM4nB7vX1cR9tY3u";
const ECHOED = "my-private-note-4711";

async function callTool(page: Page, name: string, fill?: (page: Page) => Promise<void>) {
  await page.getByTestId(`tool-${name}`).click();
  await fill?.(page);
  await page.getByRole("button", { name: "Run tool" }).click();
  const result = page.getByTestId("tool-result");
  await expect(result).toHaveAttribute("data-status", "ok");
  return result;
}

async function seqsOf(result: ReturnType<Page["getByTestId"]>): Promise<number[]> {
  const req = await result.getByRole("button", { name: /^Request seq / }).textContent();
  const res = await result.getByRole("button", { name: /^Response seq / }).textContent();
  return [Number(req!.replace(/\D/g, "")), Number(res!.replace(/\D/g, ""))];
}

/** Opens the review, applies `redact`, makes the link and returns it. */
async function share(page: Page, redact?: (dialog: ReturnType<Page["getByTestId"]>) => Promise<void>): Promise<string> {
  await page.getByRole("button", { name: "Share / export…" }).click();
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog.getByTestId("share-review")).toBeVisible();
  await redact?.(dialog);
  await dialog.getByRole("button", { name: "Make share link" }).click();
  const link = await dialog.getByTestId("share-link").inputValue();
  await dialog.getByRole("button", { name: "Close" }).click();
  return link;
}

/** The same fragment on another inspector: as if the link were opened on another machine. */
function on(inspector: RunningInspector, link: string, withToken: boolean): string {
  const hash = link.slice(link.indexOf("#"));
  return (withToken ? inspector.url : inspector.origin + "/") + hash;
}

async function backend(inspector: RunningInspector, path: string) {
  const res = await fetch(inspector.origin + path, { headers: { Authorization: `Bearer ${inspector.token}` } });
  return res.json();
}

test.describe.configure({ mode: "serial" });

let elsewhere: RunningInspector;
test.beforeAll(async () => {
  // "Another machine": an inspector started without any target.
  elsewhere = await startInspector([]);
});
test.afterAll(async () => elsewhere?.stop());

test("record, review and share a demo session; the link opens without a token and runs nothing; Reproduce confirms and comes back all same", async ({
  page,
  browser,
}) => {
  test.slow(); // two inspectors, a reproduce and a share link: 41 s at load 7, over 60 s once at load 9
  const sender = await startInspector(["-e", `API_KEY=${API_KEY}`, "--demo"]);
  try {
    await page.goto(sender.url);
    await expect(page.getByTestId("session-status")).toHaveText("Connected");
    await page.getByRole("tab", { name: "Tools" }).click();
    await callTool(page, "get-sum", async (p) => {
      await p.getByRole("spinbutton", { name: /^a/ }).fill("2");
      await p.getByRole("spinbutton", { name: /^b/ }).fill("40");
    });
    await callTool(page, "echo", (p) => p.getByRole("textbox", { name: /^message/ }).fill(`note: ${ECHOED}`));
    const env = await callTool(page, "get-env");
    await expect(env).toContainText(API_KEY); // the sender sees it; the link must not carry it
    const envSeqs = await seqsOf(env);

    // The review: names only for env, get-env's output redacted by default, redact more.
    let linkBytes = 0;
    const link = await share(page, async (dialog) => {
      await expect(dialog.getByTestId("shared-env-names")).toContainText("API_KEY");
      await expect(dialog.getByTestId("redaction-hits")).toContainText("value of API_KEY");
      await expect(dialog.getByTestId("redaction-hits")).toContainText(`entry seq ${envSeqs[1]}`);
      await expect(dialog).not.toContainText(API_KEY);
      await dialog.getByLabel("Mark a string as secret").fill(ECHOED);
      await dialog.getByRole("button", { name: "Redact it" }).click();
      await expect(dialog.getByTestId("redaction-hits")).toContainText("marked secret");
      // As reviewed so far: get-env's output is in the link, redacted.
      await dialog.getByRole("button", { name: "Make share link" }).click();
      const first = await decodeSessionLink(await dialog.getByTestId("share-link").inputValue());
      expect(first.ok).toBe(true);
      const envResponse = first.ok ? first.session.entries.find((e) => e.seq === envSeqs[1]) : undefined;
      expect(JSON.stringify(envResponse)).toContain("[redacted: value of API_KEY]");
      expect(JSON.stringify(first.ok && first.session)).not.toContain(API_KEY);
      // get-env's answer differs between machines: leave that call out of what is shared.
      await dialog.getByLabel("Leave out entries (seq numbers)").fill(envSeqs.join(", "));
      await dialog.getByRole("button", { name: "Leave out", exact: true }).click();
      await expect(dialog.getByTestId("dropped-entry")).toHaveCount(2);
      await page.screenshot({ path: "/tmp/shots/i5-review-1440-light.png", fullPage: false });
    });
    linkBytes = link.length;
    console.log(`demo session link: ${linkBytes} bytes`);
    expect(link).not.toContain(API_KEY);
    const decoded = await decodeSessionLink(link);
    expect(decoded.ok).toBe(true);
    const text = JSON.stringify(decoded.ok && decoded.session);
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(ECHOED);
    expect(linkBytes).toBeLessThan(16 * 1024);

    // Opened elsewhere, in a fresh browser without the token: shown read-only, nothing runs.
    const before = await backend(elsewhere, "/api/record");
    const viewer = await browser.newContext();
    const p2 = await viewer.newPage();
    await p2.goto(on(elsewhere, link, false));
    await expect(p2.getByTestId("recording-banner")).toContainText("Recording, read-only");
    await expect(p2.getByTestId("recording-target")).toContainText("server-everything");
    await expect(p2.getByTestId("no-access")).toBeHidden();
    await expect(p2.getByTestId("agreed-protocol")).toHaveText("2025-11-25");
    await expect(p2.locator('[data-testid="timeline-row"]').first()).toBeVisible();
    await p2.getByRole("tab", { name: /Tool results/ }).click();
    await expect(p2.getByTestId("recorded-call")).toHaveCount(2);
    await p2.getByTestId("recorded-call").filter({ hasText: "echo" }).click();
    await expect(p2.getByTestId("tool-result")).toContainText("[redacted: marked secret]");
    await p2.getByRole("tab", { name: /Problems/ }).click();
    await expect(p2.getByTestId("problem-counts")).toContainText("errors");
    await expect(p2.getByTestId("no-token-help")).toContainText("npx mcp-inspector-harness --open '");
    await expect(p2.getByRole("button", { name: "Reproduce…" })).toHaveCount(0);
    const state = await backend(elsewhere, "/api/state");
    expect(state.status).toBe("idle");
    expect(state.pid).toBeUndefined();
    expect((await backend(elsewhere, "/api/record")).entries).toEqual(before.entries);
    await viewer.close();

    // With the token: Reproduce shows the command, runs only after the confirm, all same.
    const p3 = await (await browser.newContext()).newPage();
    await p3.goto(on(elsewhere, link, true));
    await expect(p3.getByTestId("recording-banner")).toBeVisible();
    await p3.getByRole("textbox", { name: "API_KEY", exact: true }).fill(API_KEY);
    await p3.getByRole("button", { name: "Reproduce…" }).click();
    const confirm = p3.getByTestId("reproduce-confirm");
    await expect(confirm.getByTestId("confirm-command")).toContainText("server-everything");
    expect((await backend(elsewhere, "/api/state")).status).toBe("idle");
    await confirm.getByRole("button", { name: "Run it" }).click();
    await expect(p3.getByTestId("diff-summary")).toContainText("every response came back the same", { timeout: 30_000 });
    await expect(p3.getByTestId("diff-summary")).toContainText(/^\d+ same, 0 changed/);
    expect(await p3.locator('[data-testid="diff-item"][data-status="changed"]').count()).toBe(0);
    await p3.context().close();
  } finally {
    await sender.stop();
  }
});

test("reproducing against a server whose answer drifted shows exactly that change; an ignored path makes it pass", async ({ page }) => {
  const sender = await startInspector(["-e", "DRIFT=0", process.execPath, repoPath("test/fixtures/drifting-server.mjs")]);
  try {
    await page.goto(sender.url);
    await page.getByRole("tab", { name: "Tools" }).click();
    await callTool(page, "forecast", (p) => p.getByRole("textbox", { name: /^city/ }).fill("Oslo"));
    await callTool(page, "add", async (p) => {
      await p.getByRole("spinbutton", { name: /^a/ }).fill("2");
      await p.getByRole("spinbutton", { name: /^b/ }).fill("3");
    });
    const link = await share(page);

    await page.goto(on(elsewhere, link, true));
    await expect(page.getByTestId("recording-banner")).toContainText("drifting-server.mjs");
    await page.getByRole("textbox", { name: "DRIFT", exact: true }).fill("1");
    await page.getByRole("button", { name: "Reproduce…" }).click();
    await page.getByTestId("reproduce-confirm").getByRole("button", { name: "Run it" }).click();
    const summary = page.getByTestId("diff-summary");
    await expect(summary).toContainText("1 changed", { timeout: 30_000 });
    const changed = page.locator('[data-testid="diff-item"][data-status="changed"]');
    await expect(changed).toHaveCount(1);
    await expect(changed).toContainText("forecast");
    await expect(page.getByTestId("diff-op")).toHaveCount(1);
    await expect(changed.getByTestId("diff-path")).toHaveText("$.result.content[0].text");
    await expect(changed.locator(".diff-before")).toContainText("Oslo: sun");
    await expect(changed.locator(".diff-after")).toContainText("Oslo: rain");
    await expect(page.locator('[data-testid="diff-item"][data-method="tools/call"][data-status="same"]')).toHaveCount(1);

    await page.getByLabel("Ignore a JSON path").fill("$.result.content[0].text");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("button", { name: /Reproduce again with these paths ignored/ }).click();
    await page.getByTestId("reproduce-confirm").getByRole("button", { name: "Run it" }).click();
    await expect(summary).toContainText("0 changed", { timeout: 30_000 });
    await expect(summary).toContainText("every response came back the same");
  } finally {
    await sender.stop();
  }
});

test("a damaged link and a wrong-version file say what is wrong", async ({ page, demo }) => {
  await page.goto(demo.origin + "/#session=v1.AAAA-not-deflate");
  await expect(page.getByTestId("recording-error")).toContainText("damaged");

  await page.goto(demo.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  await page.getByTestId("session-file-input").setInputFiles({
    name: "old.mcp-session.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "mcp-inspector-session", version: 7, entries: [] })),
  });
  await expect(page.getByTestId("import-error")).toContainText("format version 7");
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
});

test("a session file opens by the file picker and by the launcher's --open; closing returns to the live inspector", async ({ page }) => {
  const sender = await startInspector([process.execPath, repoPath("test/fixtures/drifting-server.mjs")]);
  let opened: RunningInspector | undefined;
  try {
    await page.goto(sender.url);
    await page.getByRole("tab", { name: "Tools" }).click();
    await callTool(page, "add", async (p) => {
      await p.getByRole("spinbutton", { name: /^a/ }).fill("20");
      await p.getByRole("spinbutton", { name: /^b/ }).fill("22");
    });
    const decoded = await decodeSessionLink(await share(page));
    expect(decoded.ok).toBe(true);
    const json = JSON.stringify(decoded.ok && decoded.session);

    await page
      .getByTestId("session-file-input")
      .setInputFiles({ name: "bug.mcp-session.json", mimeType: "application/json", buffer: Buffer.from(json) });
    await expect(page.getByTestId("recording-banner")).toContainText("Opened from a file (bug.mcp-session.json)");
    await page.getByRole("tab", { name: /Tool results/ }).click();
    await expect(page.getByTestId("recording-view").getByTestId("tool-result")).toContainText("42");
    await page.getByRole("button", { name: "Close recording" }).click();
    await expect(page.getByTestId("session-status")).toHaveText("Connected");

    const file = path.join(mkdtempSync(path.join(tmpdir(), "i5-")), "bug.mcp-session.json");
    writeFileSync(file, json);
    opened = await startInspector(["--open", file]);
    expect(opened.url).toContain("session=opened");
    await page.goto(opened.url);
    await expect(page.getByTestId("recording-banner")).toContainText("Opened from the launcher");
    await expect(page.getByRole("button", { name: "Reproduce…" })).toBeVisible();
    expect((await backend(opened, "/api/state")).status).toBe("idle");
  } finally {
    await Promise.all([sender.stop(), opened?.stop()]);
  }
});

test("the reviewed session downloads as OTLP traces: a span per call, named as the conventions say, without the secrets", async ({
  page,
}) => {
  const sender = await startInspector(["-e", `API_KEY=${API_KEY}`, "--demo"]);
  try {
    await page.goto(sender.url);
    await expect(page.getByTestId("session-status")).toHaveText("Connected");
    await page.getByRole("tab", { name: "Tools" }).click();
    await callTool(page, "echo", (p) => p.getByRole("textbox", { name: /^message/ }).fill(`key ${API_KEY}`));
    await page.getByRole("button", { name: "Share / export…" }).click();
    const dialog = page.getByTestId("share-dialog");
    await expect(dialog.getByTestId("share-review")).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByTestId("download-otlp").click()]);
    expect(download.suggestedFilename()).toMatch(/\.otlp\.json$/);
    const text = await new Promise<string>((resolve, reject) => {
      download
        .createReadStream()
        .then((s) => {
          let out = "";
          s.on("data", (d: Buffer) => (out += d)).on("end", () => resolve(out));
        })
        .catch(reject);
    });
    expect(text).not.toContain(API_KEY);
    const spans = (
      JSON.parse(text) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: Array<{ name: string; kind: number; traceId: string }> }> }> }
    ).resourceSpans[0].scopeSpans[0].spans;
    expect(spans.map((s) => s.name)).toEqual(expect.arrayContaining(["initialize", "tools/list", "tools/call echo"]));
    expect(spans.find((s) => s.name === "tools/call echo")).toMatchObject({ kind: 3, traceId: expect.stringMatching(/^[0-9a-f]{32}$/) });
  } finally {
    await sender.stop();
  }
});

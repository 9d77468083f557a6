import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { buildSession } from "../lib/session/file";
import { encodeSessionLink } from "../lib/session/share-link";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";

// Issue 12 items 2 and 3, as an attacker tried them: a link whose command hides what it runs, a
// page on another origin that frames the inspector, and one that opens a link with window.open.

const RLO = "\u202E";
const ARGS = ["-c", `echo hi # ${RLO}\u2066 ; touch ../pw \u2069\u2066`, `a${"\n".repeat(80)}b`, "zero\u200bwidth"];

let inspector: RunningInspector;
let hash: string;
test.beforeAll(async () => {
  inspector = await startInspector([]);
  const session = buildSession({
    inspectorVersion: "0.1.0",
    target: { transport: "stdio", command: "sh", args: ARGS, env: {} },
    capabilities: { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false },
    entries: [],
  });
  const { url } = await encodeSessionLink(session, inspector.origin);
  hash = url.slice(url.indexOf("#"));
});
test.afterAll(async () => inspector?.stop());

async function state() {
  return (await fetch(`${inspector.origin}/api/state`, { headers: { Authorization: `Bearer ${inspector.token}` } })).json();
}

async function openConfirm(page: Page) {
  await page.getByRole("button", { name: "Reproduce…" }).click();
  return page.getByTestId("reproduce-confirm");
}

test("a Trojan Source link: banner, form and confirm show every argument exactly; nothing runs before Run it", async ({ page }) => {
  await page.goto(inspector.url + hash);
  const banner = page.getByTestId("recording-target");
  await expect(banner).toContainText("\\u{202E}");
  expect(await banner.textContent()).not.toContain(RLO);

  // One field per argument: the one holding 80 newlines is one argument, kept whole.
  const form = page.getByTestId("argument-fields");
  await expect(form.getByRole("textbox")).toHaveCount(ARGS.length);
  await expect(form.getByRole("textbox", { name: "Argument 3" })).toHaveValue(ARGS[2]);
  await expect(form.getByTestId("argument-escaped")).toHaveCount(3);

  const confirm = await openConfirm(page);
  const command = confirm.getByTestId("confirm-command");
  expect(await command.textContent()).toBe(
    [
      "sh \\",
      "  -c \\",
      "  'echo hi # \\u{202E}\\u{2066} ; touch ../pw \\u{2069}\\u{2066}' \\",
      `  'a${"\\n".repeat(80)}b' \\`,
      "  'zero\\u{200B}width'",
    ].join("\n"),
  );
  await expect(confirm.getByTestId("confirm-escaped")).toBeVisible();
  await expect(confirm.getByTestId("confirm-elsewhere")).toContainText("share link");
  // The whole command is above the button that runs it, and nothing has run.
  const pre = (await command.boundingBox())!;
  const run = (await confirm.getByRole("button", { name: "Run it" }).boundingBox())!;
  expect(run.y).toBeGreaterThanOrEqual(pre.y + pre.height);
  expect((await state()).status).toBe("idle");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  expect((await state()).status).toBe("idle");
});

test("every response forbids framing; a page that frames the inspector gets nothing", async ({ page }) => {
  const res = await page.request.get(inspector.origin + "/");
  expect(res.headers()["x-frame-options"]).toBe("DENY");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(res.headers()["content-security-policy"]).toContain("object-src 'none'");

  // setContent waits for the load event, which waits for the frame: the browser's error page.
  await page.setContent(`<iframe src="${inspector.url + hash}"></iframe>`);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  expect(frame.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator("iframe").getByTestId("recording-banner")).toHaveCount(0);
});

test("a link another page opens with window.open cannot run unannounced", async ({ page, context }) => {
  // The person has the inspector open with its token in this browser.
  await page.goto(inspector.url);
  await expect(page.getByRole("tab", { name: "Tools" })).toBeVisible();
  const other = await context.newPage();
  await other.setContent("<p>another site</p>");
  const [popup] = await Promise.all([
    context.waitForEvent("page"),
    other.evaluate((u) => void window.open(u), inspector.origin + "/" + hash),
  ]);
  await expect(popup.getByTestId("recording-banner")).toBeVisible();
  // Either the token did not follow into the opened tab (no Reproduce at all), or the confirm
  // says another page opened it; either way nothing has run.
  if ((await popup.getByRole("button", { name: "Reproduce…" }).count()) > 0) {
    const confirm = await openConfirm(popup);
    await expect(confirm.getByTestId("confirm-elsewhere")).toContainText("opened by another page");
  }
  expect((await state()).status).toBe("idle");
});

// Issue 22 item 1: the opener's argv (readable by every local user) held the token, and so did
// the browser's History, Sessions and Cache. Now the opener gets a one-time launch code.
test("the browser the launcher opens gets a one-time code: the page trades it, drops it from the address bar, and it is spent", async ({
  page,
  browser,
}) => {
  const dir = mkdtempSync(path.join(tmpdir(), "launch-e2e-"));
  const seen = path.join(dir, "url");
  const opener = path.join(dir, "browser.sh");
  writeFileSync(
    opener,
    `#!/bin/sh\nprintf %s "$1" > ${JSON.stringify(seen + ".part")} && mv ${JSON.stringify(seen + ".part")} ${JSON.stringify(seen)}\n`,
  );
  chmodSync(opener, 0o755);
  const child = spawn(process.execPath, [repoPath("bin/inspector.mjs"), "--port", "0"], {
    env: { ...process.env, INSPECTOR_BROWSER: opener },
    stdio: "ignore",
  });
  try {
    await expect.poll(() => existsSync(seen)).toBe(true);
    const opened = readFileSync(seen, "utf8");
    expect(opened).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?r=[\w-]{22}#launch=[\w-]+$/);

    await page.goto(opened);
    await expect(page.getByTestId("session-status")).toHaveText("Not connected");
    expect(page.url()).not.toContain("launch=");
    // A reload keeps this tab in (its sessionStorage), with no code in the URL.
    await page.reload();
    await expect(page.getByTestId("session-status")).toHaveText("Not connected");

    // Read later from the process list or the browser's history, the code opens nothing.
    const elsewhere = await browser.newContext();
    const thief = await elsewhere.newPage();
    await thief.goto(opened);
    await expect(thief.getByTestId("no-access")).toBeVisible();
    await elsewhere.close();
  } finally {
    child.kill("SIGTERM");
  }
});

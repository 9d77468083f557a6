import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { expect, repoPath, test } from "./inspector";

// Issue 38 item 12: the URL the launcher printed carried `?token=`, and Chromium kept it in the
// profile (History, Session Restore, Favicons) whatever replaceState did afterwards: a navigated
// URL is written down as it was navigated (a fragment and a server redirect too, as measured).
// A person opens the printed URL (and a reload, and a second tab) in a real on-disk profile; then
// no file of that profile holds the token, in UTF-8 or in UTF-16, but one: the tab keeps the token
// in its sessionStorage (so a reload gets in), which Chromium writes to the profile's Session
// Storage (UTF-16) for session restore, worthless once the launcher exits. Anything a reload could
// get back in with would be there instead (a one-time code would open it for this user's processes
// while it runs, as the token does for the one user who can read the profile).

function* files(dir: string): Generator<string> {
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    const s = statSync(p, { throwIfNoEntry: false });
    if (s?.isDirectory()) yield* files(p);
    else if (s?.isFile()) yield p;
  }
}

/** A launcher, its printed URL and its token (read from the line under the URL). */
async function launcher(): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(process.execPath, [repoPath("bin/inspector.mjs"), "--no-open", "--port", "0"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /is up at (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`the launcher exited (${code}):\n${out}`)));
  });
  // Before issue 38 item 12 the token was in the URL itself; the line under it says it now.
  const token = /^Access token[^:\n]*: (\S+)$/m.exec(out)?.[1] ?? new URL(url).searchParams.get("token") ?? "";
  return { child, url, token };
}

/** A Chromium with its profile on disk, as a person's browser keeps one. */
const onDisk = (profile: string) =>
  chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });

/** The profile's files (relative) whose bytes hold `secret`, as UTF-8 or as UTF-16, leaving out the tab's sessionStorage. */
function holding(profile: string, secret: string): string[] {
  const forms = [Buffer.from(secret), Buffer.from(secret, "utf16le")];
  return [...files(profile)]
    .map((f) => path.relative(profile, f))
    .filter((f) => !f.startsWith(path.join("Default", "Session Storage") + path.sep))
    .filter((f) => forms.some((b) => readFileSync(path.join(profile, f)).includes(b)));
}

test("opening the printed URL, and reloading, leaves the token in no file of the browser's profile but the tab's sessionStorage", async () => {
  const { child, url, token } = await launcher();
  const profile = mkdtempSync(path.join(tmpdir(), "launch-profile-"));
  try {
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const ctx = await onDisk(profile);
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(url);
    await expect(page.getByTestId("session-status")).toHaveText("Not connected");
    await page.reload();
    await expect(page.getByTestId("session-status")).toHaveText("Not connected");
    await ctx.close();
    expect(holding(profile, token)).toEqual([]);
    expect(url).not.toContain(token);
  } finally {
    child.kill("SIGTERM");
    rmSync(profile, { recursive: true, force: true });
  }
});

test("a second tab on the spent link asks for the token; pasted, it gets in and is kept by no file of the profile but the tab's sessionStorage", async () => {
  const { child, url, token } = await launcher();
  const profile = mkdtempSync(path.join(tmpdir(), "launch-profile-"));
  try {
    const ctx = await onDisk(profile);
    const first = ctx.pages()[0] ?? (await ctx.newPage());
    await first.goto(url);
    await expect(first.getByTestId("session-status")).toHaveText("Not connected");
    const again = await ctx.newPage();
    await again.goto(url);
    await expect(again.getByTestId("no-access")).toBeVisible();
    await again.getByLabel("Access token").fill(token);
    await again.getByRole("button", { name: "Open the inspector" }).click();
    await expect(again.getByTestId("session-status")).toHaveText("Not connected");
    await ctx.close();
    expect(holding(profile, token)).toEqual([]);
  } finally {
    child.kill("SIGTERM");
    rmSync(profile, { recursive: true, force: true });
  }
});

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./inspector";
import { echo, endTap, readHub, runtimeDir, startTap, type RunningTap } from "../test/tap/hub-helpers";
import { screenshots } from "./shots";

// Issue 65: many taps on one page. Two taps of the fixture server, each driven by a scripted host
// (host-a, host-b), share a hub folder of the test's own; the page opened from the second tap's
// start line (it joined the first's page) lists both sessions and switches between them.
const SHOTS = process.env.TAP_HUB_SHOTS;

const row = (page: Page, text: string) => page.locator(".tl-row").filter({ hasText: text });

test.describe("many taps on one page (issue 65)", () => {
  test("the page lists both taps' sessions and switches between them; each keeps its own timeline", async ({ page }) => {
    test.setTimeout(120_000);
    const rt = runtimeDir();
    const taps: RunningTap[] = [];
    try {
      taps.push(await startTap(rt, "host-a"));
      // b's page Save writes here (the taps run in the repository's folder).
      const savedB = path.join(mkdtempSync(path.join(tmpdir(), "tap-hub-save-")), "b.json");
      taps.push(await startTap(rt, "host-b", ["--save-session", savedB]));
      const [a, b] = taps;
      await echo(a, "only in a");
      await echo(b, "only in b");
      await echo(b, "b again");
      const hub = readHub(rt);
      expect(hub.pid).toBe(a.child.pid);
      // b joined a's page: its link opens that page on b's session.
      const url = /live page at (http:\/\/127\.0\.0\.1:\d+\/\?r=[\w-]+&tap=[\w.-]+#launch=[\w-]+) /.exec(b.line)?.[1];
      expect(url, b.line).toBeTruthy();
      expect(new URL(url!).port).toBe(String(hub.port));

      await page.goto(url!);
      const panel = page.getByTestId("tap-panel");
      await expect(panel.getByRole("heading", { name: "Tap: host-b ↔ tap-server" })).toBeVisible({ timeout: 20_000 });
      // The session's parameter leaves the address bar once used (as the launch code does); the run's query stays.
      await expect.poll(() => new URL(page.url()).search).toMatch(/^\?r=[\w-]+$/);
      const sessions = page.getByTestId("tap-sessions");
      await expect(sessions.getByTestId("tap-session")).toHaveCount(2);
      await expect(sessions.locator('[aria-current="true"]')).toContainText("host-b");
      await expect(sessions).toContainText("host-a");
      await expect(sessions.getByText("live", { exact: true })).toHaveCount(2);
      await expect(row(page, "tools/call")).toHaveCount(4);
      await screenshots(SHOTS, page, "tap-hub-b", { widths: [1280, 420], height: 800, view: sessions });

      await page.getByRole("button", { name: "Save the session" }).click();
      await expect(page.getByTestId("tap-saved")).toContainText(savedB);

      // To host-a's session: its own timeline (one call), its own panel, not b's save notice (issue 71).
      await sessions.getByRole("button", { name: /host-a/ }).click();
      await expect(panel.getByRole("heading", { name: "Tap: host-a ↔ tap-server" })).toBeVisible();
      await expect(page.getByTestId("tap-saved")).toHaveCount(0);
      await expect(sessions.locator('[aria-current="true"]')).toContainText("host-a");
      await expect(row(page, "tools/call")).toHaveCount(2);
      // Live: a's next call shows here; b's calls do not.
      await echo(a, "a again");
      await echo(b, "b a third time");
      await expect(row(page, "tools/call")).toHaveCount(4);

      // b's host goes: its session reads as ended, and stays readable.
      await endTap(b);
      await expect(sessions.getByRole("button", { name: /host-b/ })).toContainText("ended", { timeout: 15_000 });
      await sessions.getByRole("button", { name: /host-b/ }).click();
      await expect(panel.getByRole("heading", { name: "Tap: host-b ↔ tap-server" })).toBeVisible();
      await expect(row(page, "tools/call")).toHaveCount(6);
      await expect(page.getByRole("button", { name: "Restart the server" })).toBeDisabled();
      await expect(page.getByRole("button", { name: "Save the session" })).toBeDisabled();
      await screenshots(SHOTS, page, "tap-hub-ended", { widths: [1280, 420], height: 800, view: sessions });
    } finally {
      await Promise.all(taps.map(endTap));
    }
  });
});

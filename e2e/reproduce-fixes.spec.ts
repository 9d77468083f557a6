import type { Locator, Page } from "@playwright/test";
import type { SessionFile } from "../lib/session/file";
import { encodeSessionLink } from "../lib/session/share-link";
import { recordSession } from "../test/helpers/sessions";
import { everythingStdio, waitFor } from "../test/helpers/targets";
import { expect, startInspector, test, type RunningInspector } from "./inspector";

// Issue 25 item 5: Reproduce of a recording with a cancelled call and a task tool. The cancelled
// call is not re-run (said so), the task's id is the live server's, and the banner follows.

/** A folder for screenshots a person looks at (SMALL_SHOTS=<folder>); none by default. */
const DIR = process.env.SMALL_SHOTS;

async function shots(page: Page, name: string, inView: Locator) {
  if (!DIR) return;
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [1440, 420]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${DIR}/${name}-${scheme}-${width}.png` });
      await inView.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${DIR}/${name}-diff-${scheme}-${width}.png` });
    }
  }
}

let session: SessionFile;
let taskId = "";
let inspector: RunningInspector;
test.beforeAll(async () => {
  const withTasks = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: true };
  session = await recordSession(
    everythingStdio(),
    async (e) => {
      await e.callTool("echo", { message: "before" });
      const stop = new AbortController();
      const long = e.send(
        "tools/call",
        { name: "trigger-long-running-operation", arguments: { duration: 30, steps: 30 } },
        { progress: true, signal: stop.signal },
      );
      await waitFor(() => long.requestSeq > 0);
      stop.abort("the person pressed Cancel");
      await long.outcome.catch(() => undefined);
      const created = await e.callTool("simulate-research-query", { topic: "tides" }, { task: {} });
      taskId = (created.result as { task: { taskId: string } }).task.taskId;
      await e.taskResult(taskId);
    },
    { capabilities: withTasks },
  );
  inspector = await startInspector([]);
});
test.afterAll(async () => inspector?.stop());

test("Reproduce: the cancelled call is reported cancelled and not sent, the task result asks for the live task, and the banner says what happened", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { url } = await encodeSessionLink(session, inspector.origin);
  await page.goto(inspector.url + url.slice(url.indexOf("#")));
  const banner = page.getByTestId("recording-banner");
  await expect(banner.getByTestId("recording-run")).toHaveText("Nothing has been run: press Reproduce to run it yourself.");
  await page.getByRole("button", { name: "Reproduce…" }).click();
  await page.getByTestId("reproduce-confirm").getByRole("button", { name: "Run it" }).click();
  await expect(banner.getByTestId("recording-run")).toHaveAttribute("data-state", /running|done/);

  const summary = page.getByTestId("diff-summary");
  await expect(summary).toContainText("every response came back the same", { timeout: 60_000 });
  await expect(summary).toContainText("1 cancelled in the recording (not sent)");
  const cancelled = page.locator('[data-testid="diff-item"][data-status="cancelled"]');
  await expect(cancelled).toHaveCount(1);
  await expect(cancelled).toContainText("trigger-long-running-operation");
  await expect(cancelled).toContainText("cancelled in the recording: the person pressed Cancel: not sent again");
  const result = page.locator('[data-testid="diff-item"][data-method="tasks/result"]');
  await expect(result).toHaveAttribute("data-status", "same");
  await expect(result).toContainText(`instead of the recorded ${taskId}`);
  await expect(page.getByText(/Task not found/)).toHaveCount(0);

  const run = banner.getByTestId("recording-run");
  await expect(run).toHaveAttribute("data-state", "done");
  await expect(run).toContainText("Reproduced against the target you confirmed:");
  await expect(run).toContainText("every response came back the same");
  await expect(banner).not.toContainText("Nothing has been run");
  // The live record (the timeline of this inspector) never sent the cancelled call again.
  const record = (await (
    await fetch(`${inspector.origin}/api/record`, { headers: { Authorization: `Bearer ${inspector.token}` } })
  ).json()) as { entries: Array<{ kind: string; dir?: string; message?: unknown }> };
  expect(
    record.entries.filter(
      (e) => e.kind === "message" && e.dir === "client->server" && JSON.stringify(e.message).includes("trigger-long-running-operation"),
    ),
  ).toEqual([]);
  // At 420 px the recording's tabs wrap whole, none cut ("Problem", "erver").
  await page.setViewportSize({ width: 420, height: 900 });
  const bar = page.getByRole("tablist", { name: "Recording" });
  const box = (await bar.boundingBox())!;
  for (const tab of await bar.getByRole("tab").all()) {
    const t = (await tab.boundingBox())!;
    expect(t.x + t.width, (await tab.textContent()) ?? "").toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
  expect(await bar.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  await page.setViewportSize({ width: 1440, height: 900 });
  await shots(page, "reproduce", page.getByTestId("diff-view"));
});

import path from "node:path";
import type { SessionFile } from "../lib/session/file";
import { encodeSessionLink } from "../lib/session/share-link";
import { recordSession } from "../test/helpers/sessions";
import { FIXTURES } from "../test/helpers/targets";
import { expect, startInspector, test, type RunningInspector } from "./inspector";

// Issue 39 item 7: a link opened on an inspector with no target, then Reproduce → Close recording.
// Reproduce connected the recording's target, so the header said Connected while the connection
// form still showed the empty target the page had started with.

const SERVER = path.join(FIXTURES, "drifting-server.mjs");

let session: SessionFile;
let inspector: RunningInspector;
test.beforeAll(async () => {
  const target = { transport: "stdio" as const, command: process.execPath, args: [SERVER], env: {} };
  session = await recordSession(target, async (e) => {
    await e.callTool("add", { a: 20, b: 22 });
  });
  inspector = await startInspector([]);
});
test.afterAll(async () => inspector?.stop());

test("after Reproduce → Close recording the connection form shows the target the header says is connected", async ({ page }) => {
  const { url } = await encodeSessionLink(session, inspector.origin);
  await page.goto(inspector.url + url.slice(url.indexOf("#")));
  // Before: nothing connected, the form empty (the page opened on an idle inspector).
  await expect(page.getByTestId("session-status")).not.toHaveText("Connected");
  await page.getByRole("button", { name: "Reproduce…" }).click();
  await page.getByTestId("reproduce-confirm").getByRole("button", { name: "Run it" }).click();
  await expect(page.getByTestId("recording-run")).toHaveAttribute("data-state", "done", { timeout: 60_000 });

  await page.getByRole("button", { name: "Close recording" }).click();
  await expect(page.getByTestId("recording-banner")).toHaveCount(0);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  const form = page.getByRole("region", { name: "Connection" });
  await expect(form.getByRole("textbox", { name: "Command" })).toHaveValue(process.execPath);
  await expect(form.getByRole("textbox", { name: "Arguments" })).toHaveValue(new RegExp(`drifting-server\\.mjs`));
  // The form is the live connection's, so its tools are the ones the recording called.
  await page.getByRole("tab", { name: "Tools" }).click();
  await expect(page.getByTestId("tool-add")).toBeVisible();
});

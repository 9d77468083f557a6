import { expect, repoPath, startInspector, test } from "./inspector";

test("the Problems panel lists a broken server's lint findings; a finding and a marker lead to the entry", async ({ page }) => {
  const inspector = await startInspector([process.execPath, repoPath("test/fixtures/broken-server.mjs")]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: /Problems/ }).click();
    const panel = page.getByTestId("problems-panel");
    await expect(panel.locator('[data-testid="problem"][data-rule="schema/request"]')).toHaveCount(1);
    await expect(panel.getByTestId("problem-counts")).toContainText(/[1-9]\d* errors/);
    for (const rule of ["stdio/non-json", "jsonrpc/batch", "jsonrpc/version", "pairing/unknown-id", "pairing/reused-id"]) {
      await expect(panel.locator(`[data-testid="problem"][data-rule="${rule}"]`).first()).toBeVisible();
    }
    const spec = panel.locator('[data-testid="problem"][data-rule="jsonrpc/version"] a').first();
    await expect(spec).toHaveAttribute("rel", "noopener noreferrer");
    await expect(spec).toHaveAttribute("target", "_blank");
    await expect(spec).toHaveAttribute("href", /^https:\/\/modelcontextprotocol\.io\/specification\//);

    // A finding jumps to its entry, which shows the finding above its JSON.
    const finding = panel.locator('[data-testid="problem"][data-rule="jsonrpc/version"]').first();
    const seq = await finding.getAttribute("data-seq");
    await finding.getByRole("button").click();
    const row = page.locator(`[data-testid="timeline-row"][data-seq="${seq}"]`);
    await expect(row).toHaveAttribute("aria-selected", "true");
    await expect(row.getByTestId("lint-marker")).toHaveAttribute("data-severity", "error");
    await expect(page.getByTestId("entry-detail")).toContainText(`seq ${seq} `);
    await expect(page.getByTestId("entry-findings")).toContainText("jsonrpc/version");

    // A marked row, clicked in the timeline, shows its own findings.
    const other = page
      .locator('[data-testid="timeline-row"]:has([data-testid="lint-marker"])')
      .filter({ hasNot: page.locator(`[data-seq="${seq}"]`) })
      .first();
    const otherSeq = await other.getAttribute("data-seq");
    await other.click();
    await expect(page.getByTestId("entry-detail")).toContainText(`seq ${otherSeq} `);
    await expect(page.getByTestId("entry-findings")).toBeVisible();
    await page.screenshot({ path: "/tmp/shots/i5-problems-1440-light.png" });
  } finally {
    await inspector.stop();
  }
});

test("after switching targets, Problems shows this connection's findings, earlier ones folded; Clear empties Problems and the timeline", async ({
  page,
}) => {
  const inspector = await startInspector([process.execPath, repoPath("test/fixtures/broken-server.mjs")]);
  try {
    await page.goto(inspector.url);
    await page.getByRole("tab", { name: /Problems/ }).click();
    const panel = page.getByTestId("problems-panel");
    await expect(panel.locator('[data-testid="problem"][data-rule="jsonrpc/version"]').first()).toBeVisible();

    // Another target: the broken server's findings are no longer this connection's.
    await page.getByRole("textbox", { name: "Arguments" }).fill(repoPath("test/fixtures/page-fixture-server.mjs"));
    await page.getByRole("button", { name: "Reconnect with these settings" }).click();
    await expect(page.getByTestId("server-name")).toHaveText("Page Fixture Server");
    await expect(panel.getByTestId("problem")).toHaveCount(0);
    await expect(panel.getByTestId("problem-counts")).toContainText("0 errors");
    await expect(page.getByRole("tab", { name: /Problems/ }).locator(".tab-badge")).toHaveCount(0);
    const earlier = panel.getByTestId("problems-earlier");
    await expect(earlier).toContainText(/Earlier connections: \d+ findings/);
    await earlier.locator("summary").click();
    await expect(earlier.locator('[data-testid="problem-earlier"][data-rule="jsonrpc/version"]').first()).toBeVisible();
    await panel.getByRole("button", { name: "Clear" }).click();
    await expect(panel.getByTestId("problems-earlier")).toHaveCount(0);

    // The timeline: Clear hides what came so far, new entries still arrive, Show cleared brings all back.
    const count = page.getByTestId("timeline-count");
    const total = Number((await count.textContent())!.match(/(\d+) entries/)![1]);
    await page.locator(".timeline-toolbar").getByRole("button", { name: "Clear", exact: true }).click();
    await expect(count).toHaveText(new RegExp(`^0 of ${total} entries$`));
    await page.getByRole("button", { name: "Ping", exact: true }).click();
    await expect(page.locator('[data-testid="timeline-row"]', { hasText: "ping" }).first()).toBeVisible();
    await page.getByRole("button", { name: "Show cleared" }).click();
    await expect(count).toHaveText(/^\d+ entries$/);
  } finally {
    await inspector.stop();
  }
});

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, repoPath, startInspector, test } from "./inspector";
import { openDemo, pickTool } from "./protocol-helpers";

// Issue 87: the recording of a failed `inspector test` run, opened with --open, says which step
// failed and why; Run again on a row runs that call again. The server is the mutant corpus's v1
// with its planted bug "prompt-text" (greet says Hi, not Hello); the step before it passes by
// expecting an isError (the only red row of the recording).
const COLLECTION = `steps:
  - name: divide by zero is a tool error
    tool: divide
    arguments: { a: 1, b: 0 }
    expect:
      - isError: true
  - name: greet says Hello
    prompt: greet
    arguments: { name: Ada }
    expect:
      - path: $.messages[0].content.text
        equals: "Hello, Ada!"
  - name: echo after it
    tool: echo
    arguments: { message: later }
`;

/** Runs `inspector test` as a user does; returns the failed run's recording. */
function failedRunRecording(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "verdicts-e2e-"));
  writeFileSync(path.join(dir, "greet.mcp-tests.yaml"), COLLECTION);
  const server = repoPath("test/mutants/servers/v1.mjs");
  const r = spawnSync(
    process.execPath,
    [repoPath("bin/inspector.mjs"), "test", "greet.mcp-tests.yaml", process.execPath, server, "--mutant", "prompt-text"],
    { cwd: dir, env: { ...process.env, MCP_RECORDINGS_DIR: dir }, encoding: "utf8" },
  );
  expect(r.status, r.stdout + r.stderr).toBe(1);
  return path.join(dir, "greet.mcp-session.json");
}

test("a failed test run's recording: the failing step's rows marked, expected beside actual; Run again on its row reproduces it", async ({
  page,
}) => {
  const opened = await startInspector(["--open", failedRunRecording()]);
  try {
    await page.goto(opened.url);
    const verdicts = page.getByTestId("recording-verdicts");
    await expect(verdicts).toContainText("1 failed, 2 passed");
    await expect(verdicts.getByTestId("failing-verdict")).toContainText("greet says Hello");

    // Red is for the failing step's request and response, not for the isError a step expected.
    const rows = page.getByTestId("timeline-row");
    const failing = rows.and(page.locator('[data-verdict="fail"]'));
    await expect(failing).toHaveCount(2);
    await expect(failing.first()).toHaveClass(/tl-alarm/);
    const expectedError = rows.and(page.locator('[data-verdict="pass"][data-kind="response"]')).first();
    await expect(expectedError).toContainText("divide");
    await expect(expectedError).not.toHaveClass(/tl-alarm/);
    await expect(page.locator(".tl-alarm")).toHaveCount(2);

    // The failing response's detail: expected beside actual.
    await failing.last().click();
    const detail = page.getByTestId("verdict-detail");
    await expect(detail).toContainText("Step “greet says Hello” failed");
    await expect(detail.getByTestId("verdict-expected")).toHaveText('"Hello, Ada!"');
    await expect(detail.getByTestId("verdict-actual")).toHaveText('"Hi, Ada!"');

    // Run again on the failing request's row: Reproduce up to it, confirmed first, and it came back.
    const request = failing.and(page.locator('[data-kind="request"]'));
    await request.getByTestId("run-again").click();
    const dialog = page.getByTestId("reproduce-dialog");
    await expect(dialog.getByTestId("reproduce-scope")).toContainText("Only up to seq ");
    await expect(dialog).toContainText("prompts/get");
    await expect(dialog).not.toContainText("later");
    await dialog.getByRole("button", { name: "Run it" }).click();
    const summary = page.getByTestId("diff-summary");
    await expect(summary).toContainText("reproduced: the same failure came back", { timeout: 30_000 });
    await expect(summary).toHaveAttribute("data-reproduction", "reproduced");
    await expect(summary).toHaveClass(/verdict-invalid/);
    await expect(page.getByTestId("recording-run")).toHaveAttribute("data-reproduction", "reproduced");
  } finally {
    await opened.stop();
  }
});

test("Run again on a live timeline row sends that request again", async ({ demo, page }) => {
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "echo");
  await tools.getByRole("textbox", { name: /^message/ }).fill("row again");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("row again");
  await page.getByRole("searchbox", { name: "Search messages" }).fill("row again");
  const rows = page.getByTestId("timeline-row");
  await expect(rows).toHaveCount(2);
  await rows.and(page.locator('[data-kind="request"]')).getByTestId("run-again").click();
  await expect(page.getByTestId("resend-status")).toHaveText(/^sent again as seq \d+, answered in seq \d+$/);
  await expect(rows).toHaveCount(4);
});

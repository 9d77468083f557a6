import { readFileSync } from "node:fs";
import { expect, startInspector, test, type RunningInspector } from "./inspector";
import { openDemo, pickTool } from "./protocol-helpers";
import { screenshots } from "./shots";

// Issue 26 item 2: a load run from the Tools tab, with the form's arguments: live counts and a
// histogram while it runs, Stop at any time, the summary at the end, the summary as JSON; the
// timeline gets a note at the start and at the end, not the calls. LOAD_SHOTS=<folder> writes
// screenshots (light and dark, 1440 and 420 px) during and after a run.
const SHOTS = process.env.LOAD_SHOTS;

let demo: RunningInspector;
test.beforeAll(async () => {
  demo = await startInspector(["--demo"]);
});
test.afterAll(async () => demo?.stop());

test("a count-bounded run of echo with the form's message: live counts, the summary, the JSON download, and only notes in the timeline", async ({
  page,
}) => {
  await openDemo(page, demo.url);
  await pickTool(page, "echo");
  await page.getByRole("textbox", { name: /^message/ }).fill("under load");
  const panel = page.locator("details.load-panel");
  await panel.locator("summary").click();
  await panel.getByRole("combobox").selectOption("count");
  await panel.getByLabel("Calls", { exact: true }).fill("3000");
  await panel.getByLabel("Concurrency", { exact: true }).fill("4");
  await panel.getByRole("button", { name: "Start load run" }).click();
  await expect(panel.getByTestId("load-counts")).toBeVisible();
  await screenshots(SHOTS, page, "load-running", { view: panel });
  const summary = panel.getByRole("region", { name: "Load run summary" });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(summary).toContainText("3,000 in");
  await expect(summary).toContainText("3,000 ok · 0 tool errors · 0 failed");
  await screenshots(SHOTS, page, "load-done", { view: panel });
  const download = page.waitForEvent("download");
  await panel.getByRole("button", { name: /Download/ }).click();
  const saved = JSON.parse(readFileSync((await (await download).path())!, "utf8")) as {
    result: { tool: string; requests: number; ok: number };
  };
  expect(saved.result).toMatchObject({ tool: "echo", requests: 3000, ok: 3000 });
  // The timeline holds the run's two notes, not 3,000 calls.
  const rows = page.locator(".timeline-row");
  expect(await rows.filter({ hasText: /tools\/call/ }).count()).toBeLessThan(20);
});

test("Stop ends a duration-bounded run early, and the summary says it was stopped", async ({ page }) => {
  await openDemo(page, demo.url);
  await pickTool(page, "echo");
  await page.getByRole("textbox", { name: /^message/ }).fill("stop me");
  const panel = page.locator("details.load-panel");
  await panel.locator("summary").click();
  await panel.getByLabel("Seconds", { exact: true }).fill("60");
  await panel.getByRole("button", { name: "Start load run" }).click();
  await expect(panel.getByTestId("load-counts")).toBeVisible();
  await panel.getByRole("button", { name: "Stop" }).click();
  await expect(panel.getByRole("region", { name: "Load run summary" })).toContainText("(stopped)", { timeout: 30_000 });
});

test("the Load panel opens a saved summary of a Locust run: its counts, its errors by message, who ran it; what is not a summary is said", async ({
  page,
}) => {
  await openDemo(page, demo.url);
  await pickTool(page, "echo");
  const panel = page.locator("details.load-panel");
  await panel.locator("summary").click();
  const report = {
    format: "mcp-inspector-load",
    version: 1,
    result: {
      tool: "search",
      concurrency: 40,
      durationMs: 60000,
      requests: 1000,
      ok: 994,
      toolErrors: 0,
      errors: 6,
      errorRate: 0.006,
      elapsedMs: 60010,
      throughput: 16.66,
      latencyMs: { min: 3, mean: 20, p50: 18, p90: 30, p99: 90, max: 120 },
      errorMessages: [{ message: "MCP error -32603: index busy", count: 6 }],
    },
    details: {
      engine: "locust",
      workers: 2,
      transport: "http",
      warmup: 0,
      percentiles: "locust",
      wireLatencyMs: null,
      overheadMsPerCall: null,
      histogram: [
        { fromMs: 3, toMs: 20, count: 600 },
        { fromMs: 20, toMs: 120, count: 400 },
      ],
      throughput: [{ atMs: 0, perSecond: 16, failedPerSecond: 0 }],
      toolErrorMessages: [],
      stopReason: "duration",
      verdicts: [],
      sampled: { kept: [], framesNotKept: 0, errorsNotKept: 0 },
    },
  };
  const input = panel.getByLabel(/Open a saved summary/);
  await input.setInputFiles({ name: "nightly.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ hello: 1 })) });
  await expect(panel.getByRole("alert")).toHaveText(/^nightly\.json is not a load summary/);
  await input.setInputFiles({ name: "search-load.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(report)) });
  await expect(panel.getByTestId("load-opened")).toContainText("search-load.json: Locust, from an exported locustfile (2 workers)");
  const summary = panel.getByRole("region", { name: "Load run summary" });
  await expect(summary).toContainText("1,000 in 60.01 s");
  await expect(panel.getByTestId("load-outcome")).toContainText("6 of 1,000 calls failed");
  await expect(panel.getByRole("img", { name: /^Latency histogram: 1000 calls/ })).toBeVisible();
});

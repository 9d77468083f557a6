import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { openTab } from "./protocol-helpers";
import { screenshots } from "./shots";

// Issue 34 item 4, its "Done when" at the page: save three calls as tests, add an expectation by
// picking a field, run them (green), change the server, run again (red, with expected and
// actual), and `inspector test` on the same file gives the same verdicts.

const SERVER = repoPath("test/collections-page/answer-server.mjs");
/** A folder for screenshots a person looks at (COLLECTIONS_SHOTS=<folder>); none by default. */
const SHOTS = process.env.COLLECTIONS_SHOTS;
const FILE = "weather.mcp-tests.yaml";
// The second test edits the file the first one made.
test.describe.configure({ mode: "serial" });

let dir: string;
let answers: string;
let inspector: RunningInspector;
const answer = (a: { weather: string; motd: string; greeting: string }) => writeFileSync(answers, JSON.stringify(a));

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "coll-e2e-"));
  answers = path.join(dir, "answers.json");
  answer({ weather: "sun", motd: "all quiet", greeting: "Hello" });
  inspector = await startInspector([
    "--collections",
    path.join(dir, "mcp-tests"),
    "-e",
    `ANSWER_FILE=${answers}`,
    process.execPath,
    SERVER,
  ]);
});
test.afterAll(async () => {
  await inspector?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Save the call whose result is on screen into the collection file (new the first time). */
async function saveAsTest(page: Page, scope: ReturnType<Page["locator"]>, name: string, first = false) {
  await scope.getByTestId("save-as-test").click();
  const dialog = page.getByRole("dialog", { name: "Save as test" });
  await expect(dialog.getByRole("combobox", { name: "Collection file" })).toBeVisible();
  if (first) await dialog.getByRole("textbox", { name: "New file name" }).fill("weather");
  else await dialog.getByRole("combobox", { name: "Collection file" }).selectOption(FILE);
  await dialog.getByRole("textbox", { name: "Step name" }).fill(name);
  if (first) await screenshots(SHOTS, page, "collections-save", { view: dialog });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
}

/** `inspector test` on the same file, in JUnit: the verdict of each step by name. */
function cliVerdicts(): { exit: number | null; failures: string[]; junit: string } {
  const out = spawnSync(
    process.execPath,
    [
      repoPath("bin/inspector.mjs"),
      "test",
      path.join(dir, "mcp-tests", FILE),
      "--format",
      "junit",
      "-e",
      `ANSWER_FILE=${answers}`,
      process.execPath,
      SERVER,
    ],
    { encoding: "utf8", timeout: 60_000, cwd: dir },
  );
  const failures = [...out.stdout.matchAll(/<testcase[^>]*name="([^"]+)"[^>]*>\s*<failure/g)].map((m) => m[1]);
  return { exit: out.status, failures, junit: out.stdout + out.stderr };
}

test("save three calls as tests, expect a picked field, green; the server changes, red with expected and actual; inspector test agrees", async ({
  page,
}) => {
  await page.goto(inspector.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");

  // 1. A tool's result.
  const tools = await openTab(page, "Tools");
  await tools.getByTestId("tool-forecast").click();
  await tools.getByRole("textbox", { name: /^city/ }).fill("Oslo");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("Oslo: sun");
  await saveAsTest(page, tools, "forecast for Oslo", true);

  // 2. A resource read.
  const resources = await openTab(page, "Resources");
  await resources.getByTestId("resource-note://motd").click();
  await resources.getByRole("button", { name: "Read resource" }).click();
  await expect(resources.getByTestId("resource-text")).toContainText("all quiet");
  await saveAsTest(page, resources, "message of the day");

  // 3. A request in the timeline: the prompt, got from the Prompts tab, saved from its timeline entry.
  const prompts = await openTab(page, "Prompts");
  await prompts.getByTestId("prompt-greet").click();
  await prompts.getByRole("textbox", { name: /^who/ }).fill("Ada");
  await prompts.getByRole("button", { name: "Get prompt" }).click();
  await expect(prompts.getByTestId("prompt-result")).toContainText("Hello, Ada");
  await page.getByRole("searchbox", { name: "Search messages" }).fill("prompts/get");
  await expect(page.getByTestId("timeline-row")).toHaveCount(1);
  await page.getByTestId("timeline-row").and(page.locator('[data-kind="request"]')).click();
  await expect(page.getByTestId("entry-detail")).toContainText("prompts/get");
  await saveAsTest(page, page.getByTestId("entry-detail"), "greeting");

  const kept = readFileSync(path.join(dir, "mcp-tests", FILE), "utf8");
  expect(kept).toContain("tool: forecast");
  expect(kept).toContain("resource: note://motd");
  expect(kept).toContain("prompt: greet");

  // The Collections tab: three steps; run each once so a field can be picked from its result.
  const coll = await openTab(page, "Collections");
  const steps = coll.getByTestId("collection-step");
  await expect(steps).toHaveCount(3);
  await coll.getByRole("button", { name: "Run all" }).click();
  await expect(steps.locator('[data-testid="step-status"]')).toHaveText(["passed", "passed", "passed"]);

  // Pick a field of each result: the forecast's text value, the motd's text, the prompt's message text.
  const pick = async (index: number, fieldPath: string) => {
    const step = steps.nth(index);
    await step.getByRole("button", { name: "Add expectation" }).click();
    if (index === 0) await screenshots(SHOTS, page, "collections-picker", { view: step.getByTestId("field-picker") });
    await step.getByRole("button", { name: `Expect the value of ${fieldPath}` }).click();
    await expect(step.getByText(/1 expectation$/)).toBeVisible();
    await step.getByRole("button", { name: "Add expectation" }).click();
  };
  await pick(0, "$.content[0].text");
  await pick(1, "$.contents[0].text");
  await pick(2, "$.messages[0].content.text");
  expect(readFileSync(path.join(dir, "mcp-tests", FILE), "utf8")).toMatch(/path: \$\.content\[0\]\.text\n\s+equals: .Oslo: sun./);

  await coll.getByRole("button", { name: "Run all" }).click();
  await expect(coll.getByTestId("collection-tally")).toHaveText("3 passed, 0 failed");
  await expect(steps.locator('[data-testid="step-status"]')).toHaveText(["passed", "passed", "passed"]);
  await screenshots(SHOTS, page, "collections-green", { view: coll });
  const green = cliVerdicts();
  expect(green.exit, green.junit).toBe(0);
  expect(green.failures).toEqual([]);

  // The server changes: two answers differ now.
  answer({ weather: "rain", motd: "all quiet", greeting: "Goodbye" });
  await coll.getByRole("button", { name: "Run all" }).click();
  await expect(coll.getByTestId("collection-tally")).toHaveText("1 passed, 2 failed");
  await expect(steps.locator('[data-testid="step-status"]')).toHaveText(["failed", "passed", "failed"]);
  const failed = steps.nth(0).locator('[data-testid="expectation"][data-passed="false"]');
  await expect(failed.getByTestId("expected")).toHaveText("Oslo: sun");
  await expect(failed.getByTestId("actual")).toHaveText("Oslo: rain");
  await screenshots(SHOTS, page, "collections-red", { view: steps.nth(0) });

  // The same file in CI: the same two steps fail.
  const red = cliVerdicts();
  expect(red.exit, red.junit).toBe(1);
  expect(red.failures.sort()).toEqual(["forecast for Oslo", "greeting"]);
});

test("a step's params are edited in the raw editor and run as edited", async ({ page }) => {
  answer({ weather: "fog", motd: "all quiet", greeting: "Hello" });
  await page.goto(inspector.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  const coll = await openTab(page, "Collections");
  const first = coll.getByTestId("collection-step").first();
  await first.getByRole("button", { name: "Edit params" }).click();
  const editor = first.getByTestId("code-editor");
  await expect(editor).toHaveAttribute("data-ready", "true");
  // Set as a whole through the editor's model: typing would meet Monaco's auto-closed brackets.
  await page.evaluate(
    (text) => {
      const monaco = (window as unknown as { monaco: typeof import("monaco-editor") }).monaco;
      monaco.editor
        .getModels()
        .find((m) => m.uri.toString().startsWith("inmemory://collections/"))!
        .setValue(text);
    },
    JSON.stringify({ name: "forecast", arguments: { city: "Bergen" } }),
  );
  await first.getByRole("button", { name: "Save params" }).click();
  // The editor closes once the backend has written the file. Not "Save params hidden": while the
  // save is in flight that button reads "Saving…", and CI read the file before the write.
  await expect(editor).toBeHidden();
  expect(readFileSync(path.join(dir, "mcp-tests", FILE), "utf8")).toContain("city: Bergen");
  await first.getByRole("button", { name: /^Run forecast/ }).click();
  await expect(first.getByTestId("step-status")).toHaveText("failed");
  await expect(first.getByTestId("actual")).toHaveText("Bergen: fog");
  await screenshots(SHOTS, page, "collections-edit", { view: first });
});

import { expect, sharedInspectors, test } from "./inspector";
import { clearRawEditor, openDemo, openTab, pickTool } from "./protocol-helpers";

// These tests leave a busy record (progress after a cancel, logs, tasks): they get a demo
// inspector of this file's own, so specs that expect a fresh one in the same worker still find it.
// Not a fixture of their own: a spec whose fixtures differ from the others' needs a worker of its
// own, and Playwright runs such specs after all the others, so this file (the longest) ran alone
// at the end while the other workers sat idle.
const inspectorOf = sharedInspectors();
const ownDemo = () => inspectorOf(["--demo"]);

test("resources: read a template with completion and a blob; subscribe and see an update arrive", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  const panel = await openTab(page, "Resources");
  await expect(panel.getByRole("navigation", { name: "Resources" }).getByRole("listitem").first()).toBeVisible();

  // A text template: the variable gets a field, the server's completion fills it.
  await panel.getByTestId("template-demo://resource/dynamic/text/{resourceId}").click();
  await panel.getByRole("textbox", { name: /resourceId/ }).fill("7");
  await expect(panel.getByTestId("resource-uri")).toHaveText("demo://resource/dynamic/text/7");
  await panel.getByRole("button", { name: "Read resource" }).click();
  await expect(panel.getByTestId("resource-text")).toContainText("Resource 7: This is a plaintext resource");

  // A blob template: size, hex preview, decoded text and a download.
  await panel.getByTestId("template-demo://resource/dynamic/blob/{resourceId}").click();
  await panel.getByRole("textbox", { name: /resourceId/ }).fill("2");
  await panel.getByRole("button", { name: "Read resource" }).click();
  const blob = panel.getByTestId("blob-view");
  await expect(blob.getByTestId("blob-text")).toContainText("Resource 2: This is a base64 blob");
  await expect(blob.getByTestId("blob-preview")).toContainText("00000000  52 65 73 6f");
  // The blob is decoded whole only when it is downloaded.
  const [saved] = await Promise.all([page.waitForEvent("download"), blob.getByRole("button", { name: /Download/ }).click()]);
  expect(saved.suggestedFilename()).toBe("2.txt");

  // Subscribe to it, start the server's simulated updates, see one arrive.
  await panel.getByRole("button", { name: "Subscribe" }).click();
  const subs = panel.getByTestId("subscriptions");
  await expect(subs.getByRole("button", { name: "Unsubscribe from demo://resource/dynamic/blob/2" })).toBeVisible();
  const tools = await pickTool(page, "toggle-subscriber-updates");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("Started simulated resource updated");
  await openTab(page, "Resources");
  await expect(subs.getByTestId("resource-updates")).toContainText("demo://resource/dynamic/blob/2");
  // Stop the updates again (the demo server is shared by the tests of this file).
  await pickTool(page, "toggle-subscriber-updates");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("Stopped simulated resource updates");
  await openTab(page, "Resources");
  await subs.getByRole("button", { name: "Unsubscribe from demo://resource/dynamic/blob/2" }).click();
  await expect(subs).toContainText("No active subscriptions");
});

test("a completion answer moves nothing below its field: the Get prompt button stays under the pointer", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  const panel = await openTab(page, "Prompts");
  await panel.getByTestId("prompt-completable-prompt").click();
  const field = panel.getByRole("textbox", { name: /department/ });
  const submit = panel.getByRole("button", { name: "Get prompt" });
  await expect(submit).toBeVisible();
  // Every place the button takes from now on, read at each change of the page's DOM.
  await submit.evaluate((button) => {
    const w = window as unknown as { tops: number[]; asked: boolean };
    w.tops = [button.getBoundingClientRect().top];
    w.asked = false;
    new MutationObserver(() => {
      w.tops.push(button.getBoundingClientRect().top);
      w.asked ||= document.body.innerText.includes("asking for completions");
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  // "Eng" gets a chip (Engineering); "Engineering" gets only itself, so none is shown; in between,
  // each time, "asking for completions…". Each used to come and go in the flow, moving the button.
  const suggestions = panel.getByRole("group", { name: /Suggestions for department/ });
  await field.fill("Eng");
  await expect(suggestions.getByRole("button", { name: "Engineering" })).toBeVisible();
  await suggestions.getByRole("button", { name: "Engineering" }).click();
  await expect(field).toHaveValue("Engineering");
  await expect(suggestions).toHaveCount(0);
  await expect(panel.getByText("asking for completions…")).toHaveCount(0);
  const seen = await page.evaluate(() => {
    const { tops, asked } = window as unknown as { tops: number[]; asked: boolean };
    return { tops, asked };
  });
  expect(seen.asked).toBe(true);
  expect(seen.tops.length).toBeGreaterThan(3);
  expect(new Set(seen.tops)).toEqual(new Set([seen.tops[0]]));
});

test("prompts: arguments complete from the server; prompts/get shows the messages", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  const panel = await openTab(page, "Prompts");
  await panel.getByTestId("prompt-completable-prompt").click();
  await panel.getByRole("textbox", { name: /department/ }).fill("Eng");
  await panel
    .getByRole("group", { name: /Suggestions for department/ })
    .getByRole("button", { name: "Engineering" })
    .click();
  await expect(panel.getByRole("textbox", { name: /department/ })).toHaveValue("Engineering");
  // The second argument's completion depends on the first (context).
  await panel.getByRole("textbox", { name: /^name/ }).fill("A");
  await panel
    .getByRole("group", { name: /Suggestions for name/ })
    .getByRole("button", { name: "Alice" })
    .click();
  await panel.getByRole("button", { name: "Get prompt" }).click();
  const result = panel.getByTestId("prompt-result");
  await expect(result).toContainText("Please promote Alice to the head of the Engineering team.");
  await expect(result.locator('[data-role="user"]')).toHaveCount(1);

  await panel.getByTestId("prompt-resource-prompt").click();
  await panel.getByRole("textbox", { name: /resourceType/ }).fill("Text");
  await panel.getByRole("textbox", { name: /resourceId/ }).fill("4");
  // Enter submits the form; a click could land on a suggestion chip that the server's late
  // completion answer just pushed under the pointer (seen in CI: no prompts/get was sent).
  await panel.getByRole("textbox", { name: /resourceId/ }).press("Enter");
  await expect(panel.getByTestId("prompt-result").locator('[data-content-type="resource"]')).toContainText(
    "Resource 4: This is a plaintext resource",
  );
});

test("sampling: approve with typed text and the tool's result contains it; reject and the server gets the error", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  let tools = await pickTool(page, "trigger-sampling-request");
  await tools.getByRole("textbox", { name: /^prompt/ }).fill("Say hi");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByRole("tab", { name: /^Requests/ }).locator(".tab-badge")).toHaveText("1");
  const requests = await openTab(page, "Requests");
  const card = requests.getByTestId("sampling-card");
  await expect(card.getByTestId("sampling-request")).toContainText("You are a helpful test server.");
  await expect(card).toContainText("Resource trigger-sampling-request context: Say hi");
  await expect(card).toContainText("temperature");
  await card.getByRole("textbox", { name: "Response text" }).fill("Hello from a person in the loop");
  await card.getByRole("textbox", { name: "Model", exact: true }).fill("human-1");
  await card.getByRole("button", { name: "Approve and send" }).click();
  await expect(requests.getByTestId("sampling-card")).toHaveCount(0);
  await expect(requests.getByTestId("handled-requests").locator('[data-outcome="answered"]').first()).toContainText("human-1");
  tools = await openTab(page, "Tools");
  await expect(tools.getByTestId("tool-result")).toContainText("Hello from a person in the loop");
  await expect(tools.getByTestId("tool-result")).toContainText('"model": "human-1"');

  // Reject: the server gets -1 "User rejected sampling request" and its tool reports it.
  await tools.getByRole("button", { name: "Run tool" }).click();
  await openTab(page, "Requests");
  await requests.getByTestId("sampling-card").getByRole("button", { name: "Reject" }).click();
  await expect(requests.getByTestId("handled-requests").locator('[data-outcome="rejected"]').first()).toContainText(
    "-1 User rejected sampling request",
  );
  await openTab(page, "Tools");
  await expect(tools.getByTestId("tool-result")).toContainText("User rejected sampling request");
});

test("elicitation: accept a form; a URL elicitation shows its URL and reports completion", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "trigger-elicitation-request");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const requests = await openTab(page, "Requests");
  const card = requests.getByTestId("elicitation-card");
  await expect(card).toContainText("Please provide inputs for the following fields:");
  await card.getByRole("textbox", { name: /^String\*?$/ }).fill("Ada Lovelace");
  await card.getByRole("button", { name: "Accept and send" }).click();
  await expect(requests.getByTestId("elicitation-card")).toHaveCount(0);
  await openTab(page, "Tools");
  await expect(tools.getByTestId("tool-result")).toContainText("User provided the requested information");
  await expect(tools.getByTestId("tool-result")).toContainText("Name: Ada Lovelace");

  await pickTool(page, "trigger-url-elicitation");
  await tools.getByRole("textbox", { name: /^url/ }).fill("https://example.com/consent");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await openTab(page, "Requests");
  const urlCard = requests.getByTestId("elicitation-url");
  await expect(urlCard.getByTestId("elicitation-url-text")).toHaveText("https://example.com/consent");
  await expect(urlCard).toContainText("example.com");
  await urlCard.getByRole("button", { name: /report completion/ }).click();
  await openTab(page, "Tools");
  await expect(tools.getByTestId("tool-result")).toContainText("User completed the URL elicitation flow");
});

test("roots: edit the list, the server is told, and get-roots-list reflects it", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  const panel = await openTab(page, "Roots");
  await panel.getByRole("button", { name: "Add root" }).click();
  await panel.getByRole("textbox", { name: "Root 1 URI" }).fill("file:///tmp/e2e-project");
  await panel.getByRole("textbox", { name: "Root 1 name" }).fill("E2E project");
  // An invalid root is not saved (the server's handler would throw on it).
  await panel.getByRole("button", { name: "Add root" }).click();
  await panel.getByRole("textbox", { name: "Root 2 URI" }).fill("~/project");
  await expect(panel.getByText("~ is the shell's")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Save roots" })).toBeDisabled();
  await panel.getByRole("button", { name: "Remove root ~/project" }).click();
  await panel.getByRole("button", { name: "Save roots" }).click();
  await expect(panel.getByRole("status")).toContainText("the server was sent notifications/roots/list_changed");
  // The server asks roots/list again; the backend answers from the list.
  const requests = await openTab(page, "Requests");
  await expect(
    requests.getByTestId("handled-requests").locator('[data-outcome="answered"]', { hasText: "1 root(s)" }).first(),
  ).toBeVisible();
  const tools = await pickTool(page, "get-roots-list");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("E2E project");
  await expect(tools.getByTestId("tool-result")).toContainText("URI: file:///tmp/e2e-project");
  // The list is the backend's: another tab shows the same.
  const second = await page.context().newPage();
  await openDemo(second, demo.url);
  const other = await openTab(second, "Roots");
  await expect(other.getByRole("textbox", { name: "Root 1 URI" })).toHaveValue("file:///tmp/e2e-project");
  await second.close();
});

test("standing answers: canned sampling and an elicitation policy answer the server without a person; the banner says so", async ({
  page,
}) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  const requests = await openTab(page, "Requests");
  const canned = requests.locator("details.canned");
  await canned.locator("summary").click();
  await canned.getByRole("button", { name: "Add rule" }).click();
  await canned.getByRole("textbox", { name: "Rule 1 match" }).fill("/(/");
  await expect(canned.getByText("not a valid regular expression")).toBeVisible();
  await expect(canned.getByRole("button", { name: "Save rules" })).toBeDisabled();
  await canned.getByRole("textbox", { name: "Rule 1 match" }).fill("weather");
  await canned.getByRole("textbox", { name: "Rule 1 reply" }).fill("Sunny, from a standing answer");
  await canned.getByRole("button", { name: "Save rules" }).click();
  // The switch shows the backend's setting: checked once the backend has it.
  const on = canned.getByRole("checkbox", { name: /Answer matching sampling requests automatically/ });
  await on.click();
  await expect(on).toBeChecked();
  await expect(page.getByTestId("canned-banner")).toContainText("1 rule");

  let tools = await pickTool(page, "trigger-sampling-request");
  await tools.getByRole("textbox", { name: /^prompt/ }).fill("What is the weather?");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("Sunny, from a standing answer");
  // A request no rule matches still waits for the person.
  await tools.getByRole("textbox", { name: /^prompt/ }).fill("Something else");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(page.getByRole("tab", { name: /^Requests/ }).locator(".tab-badge")).toHaveText("1");
  await openTab(page, "Requests");
  await requests.getByTestId("sampling-card").getByRole("button", { name: "Reject" }).click();
  await on.click();
  await expect(on).not.toBeChecked();
  await expect(page.getByTestId("canned-banner")).toHaveCount(0);

  await requests.getByTestId("elicitation-policy").selectOption("decline");
  tools = await pickTool(page, "trigger-elicitation-request");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("decline");
  await openTab(page, "Requests");
  await requests.getByTestId("elicitation-policy").selectOption("ask");
});

test("logging: set the level and see log messages, filterable by level", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  const logs = await openTab(page, "Logs");
  await logs.getByRole("combobox", { name: "Server log level" }).selectOption("debug");
  await logs.getByRole("button", { name: "Set level" }).click();
  await expect(logs.getByRole("status")).toContainText("level set to debug");
  const tools = await pickTool(page, "toggle-simulated-logging");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("Started simulated, random-leveled logging");
  await openTab(page, "Logs");
  const lines = logs.getByTestId("log-lines").locator(".log-line");
  await expect(lines.first()).toContainText(/-level message|level-message/);
  // Filter: nothing below "emergency" is shown.
  await logs.getByRole("combobox", { name: "Show log messages from level" }).selectOption("emergency");
  for (const level of await logs.locator(".log-line").evaluateAll((els) => els.map((e) => e.getAttribute("data-level"))))
    expect(level).toBe("emergency");
  await pickTool(page, "toggle-simulated-logging");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("Stopped simulated logging");
});

test("progress: the bar advances with notifications/progress and Cancel stops the call", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "trigger-long-running-operation");
  await tools.getByRole("spinbutton", { name: /^duration/ }).fill("20");
  await tools.getByRole("spinbutton", { name: /^steps/ }).fill("10");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const bar = tools.getByRole("progressbar", { name: "Progress of trigger-long-running-operation" });
  await expect(bar).toHaveAttribute("aria-valuenow", "1");
  await expect(bar).toHaveAttribute("aria-valuemax", "10");
  await expect(bar).toHaveAttribute("aria-valuenow", "2");
  await tools.getByRole("button", { name: "Cancel" }).click();
  await expect(tools.getByRole("alert")).toContainText("cancelled");
  await expect(bar).toHaveCount(0);
});

test("tasks: run a task-only tool as a task to completion and get its result", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  const tools = await pickTool(page, "simulate-research-query");
  await expect(tools.getByRole("checkbox", { name: /Run as a task/ })).toBeChecked();
  await tools.getByRole("textbox", { name: /^topic/ }).fill("tides");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const card = tools.getByTestId("task-card");
  await expect(card.getByTestId("task-status")).toHaveText("completed", { timeout: 20_000 });
  await card.getByRole("button", { name: "Get result" }).click();
  await expect(card.getByTestId("tool-result")).toContainText("Research Report: tides");
  const tasks = await openTab(page, "Tasks");
  await expect(tasks.getByTestId("task-card").first().getByTestId("task-status")).toHaveText("completed");
});

test("ping and raw requests: ping's round trip, a raw ping, and -32601 for an unknown method", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  await page.getByRole("button", { name: "Ping", exact: true }).click();
  await expect(page.getByTestId("ping-rtt")).toHaveText(/round trip \d/);

  const raw = await openTab(page, "Raw");
  await expect(raw.getByTestId("code-editor")).toHaveAttribute("data-ready", "true");
  await raw.getByRole("button", { name: "Send request" }).click();
  await expect(raw.getByTestId("raw-outcome")).toHaveAttribute("data-kind", "result");
  await expect(raw.getByTestId("raw-result")).toHaveText("{}");

  await clearRawEditor(page, raw);
  await page.keyboard.insertText('{ "method": "no/such/method", "params": { "_meta": { "example.com/x": 1 } } }');
  await raw.getByRole("button", { name: "Send request" }).click();
  await expect(raw.getByTestId("raw-outcome")).toHaveAttribute("data-kind", "rpc-error");
  await expect(raw.getByTestId("raw-error-code")).toHaveText("JSON-RPC error -32601 (Method not found)");
  // Recorded like any other: the timeline has the request.
  await expect(page.locator('[data-testid="timeline-row"]', { hasText: "no/such/method" }).first()).toBeVisible();
});

test("Raw JSON keeps every keystroke of fast typing, and Ctrl+Enter sends", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  const raw = await openTab(page, "Raw");
  await clearRawEditor(page, raw);
  // No delay between keys: an echo of an older value must not reset the editor mid-word.
  const text = '{ "method": "ping", "params": { "_meta": { "example.com/typed-fast": "abcdefghijklmnopqrstuvwxyz0123456789" } } }';
  await page.keyboard.type(text, { delay: 0 });
  const value = await page.evaluate(() =>
    (window as unknown as { monaco: typeof import("monaco-editor") }).monaco.editor
      .getEditors()
      .find((e) => e.getModel()?.uri.toString().startsWith("inmemory://raw/"))!
      .getValue(),
  );
  // Monaco closes quotes and braces as one types; what matters is nothing was lost or reordered.
  expect(JSON.parse(value)).toEqual(JSON.parse(text));
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(raw.getByTestId("raw-outcome")).toHaveAttribute("data-kind", "result");
  await expect(page.locator('[data-testid="timeline-row"]', { hasText: "ping" }).first()).toBeVisible();
});

test("resources/list_changed refreshes the list: a gzip made by a tool appears and reads as a binary blob", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  const res = await openTab(page, "Resources");
  const list = res.getByRole("navigation", { name: "Resources" });
  await expect(list.getByRole("listitem").first()).toBeVisible();
  const tools = await pickTool(page, "gzip-file-as-resource");
  await tools.getByRole("textbox", { name: /^name/ }).fill("e2e-hello.txt.gz");
  await tools.getByRole("textbox", { name: /^data/ }).fill("data:text/plain;base64,SGVsbG8gZnJvbSB0aGUgZTJlIHRlc3Q=");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toHaveAttribute("data-status", "ok");
  await openTab(page, "Resources");
  await list.getByRole("button", { name: /e2e-hello\.txt\.gz/ }).click();
  await res.getByRole("button", { name: "Read resource" }).click();
  const blob = res.getByTestId("blob-view");
  await expect(blob).toContainText("application/gzip");
  await expect(blob.getByTestId("blob-preview")).toContainText("00000000  1f 8b");
  const [saved] = await Promise.all([page.waitForEvent("download"), blob.getByRole("button", { name: /Download/ }).click()]);
  expect(saved.suggestedFilename()).toBe("e2e-hello.txt.gz");
});

// Last in this file: it reconnects the file's inspector with the tasks capability on.
test("with tasks offered, the server's async sampling becomes a client-side task the person answers", async ({ page }) => {
  const demo = await ownDemo();
  await openDemo(page, demo.url);
  await page.getByRole("checkbox", { name: "Tasks" }).check();
  await page.getByRole("button", { name: "Reconnect with these settings" }).click();
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  const tools = await pickTool(page, "trigger-sampling-request-async");
  await tools.getByRole("textbox", { name: /^prompt/ }).fill("async please");
  await tools.getByRole("button", { name: "Run tool" }).click();
  const requests = await openTab(page, "Requests");
  const card = requests.getByTestId("sampling-card");
  await expect(card.locator(".badge", { hasText: "task" })).toBeVisible();
  await card.getByRole("textbox", { name: "Response text" }).fill("answered as a task");
  await card.getByRole("button", { name: "Approve and send" }).click();
  await openTab(page, "Tools");
  await expect(tools.getByTestId("tool-result")).toContainText("[COMPLETED]", { timeout: 20_000 });
  await expect(tools.getByTestId("tool-result")).toContainText("answered as a task");
});

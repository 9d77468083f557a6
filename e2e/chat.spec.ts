import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, repoPath, startInspector, test } from "./inspector";
import { MODEL, openChat, say } from "./chat-helpers";
import { screenshots } from "./shots";

// The Chat tab (issue 40) against the scripted model (test/fixtures/scripted-model.mjs): the real
// AI SDK provider code talks to a loopback chat-completions server that answers from a script.
// Here it runs as a process, as its command line offers (chat-helpers.ts runs it in this process).
const SHOTS = process.env.CHAT_SHOTS;
const KEY = "e2e-chat-key-7f3a9c1d5e8b2a4f";

/** The scripted model as a process: its base URL, and a way to stop it. */
async function scriptedModel(turns: unknown[]): Promise<{ baseUrl: string; stop(): void }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "chat-e2e-")), "script.json");
  writeFileSync(file, JSON.stringify({ turns }));
  const child: ChildProcess = spawn(process.execPath, [repoPath("test/fixtures/scripted-model.mjs"), file], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const line = /^(http:\/\/127\.0\.0\.1:\d+\/v1)\s*$/m.exec(out);
      if (line) resolve(line[1]);
    });
    child.once("exit", (code) => reject(new Error(`the scripted model exited (${code}): ${out}`)));
  });
  return { baseUrl, stop: () => child.kill() };
}

test("chat with the everything server: a key typed once, a call approved and its result shown, sampling answered by the model after approval, a provider error", async ({
  page,
}) => {
  const model = await scriptedModel([
    { when: "say hi", toolCalls: [{ name: "echo", args: { message: "hi" } }] },
    { when: "Echo: hi", text: "The server said hi.", usage: { input: 42, output: 6 } },
    { when: "sample please", toolCalls: [{ name: "trigger-sampling-request", args: { prompt: "a haiku", maxTokens: 50 } }] },
    { when: "context: a haiku", text: "A scripted haiku." },
    { when: "LLM sampling result", text: "The server sampled a haiku." },
    { when: "fail now", status: 429, error: "Rate limit reached for key {key}", repeat: true },
  ]);
  const inspector = await startInspector(["--demo", "--model", MODEL, "--model-base-url", model.baseUrl], { MODEL_API_KEY: "" });
  try {
    const chat = await openChat(page, inspector.url);
    // No key set: the tab says which variable, and the rest of the page works.
    await expect(chat.getByTestId("chat-no-key")).toContainText("MODEL_API_KEY");
    await expect(chat.getByLabel("Model", { exact: true })).toHaveValue(MODEL);
    await screenshots(SHOTS, page, "chat-empty", { view: chat });
    await chat.getByLabel("MODEL_API_KEY").fill(KEY);
    await chat.getByRole("button", { name: "Use this key" }).click();
    await expect(chat.getByTestId("chat-no-key")).toHaveCount(0);

    // A call waits for the person; approved, it runs and its result is shown, linked to the timeline.
    await say(page, "say hi");
    const waiting = chat.getByTestId("chat-waiting-call");
    await expect(waiting).toContainText("echo");
    await waiting.getByRole("button", { name: "Approve and call" }).click();
    const card = chat.getByTestId("chat-tool-call").filter({ hasText: "echo" });
    await expect(card).toHaveAttribute("data-status", "ok");
    await expect(card.getByTestId("chat-tool-result")).toContainText("Echo: hi");
    await expect(chat.getByTestId("chat-assistant").last()).toContainText("The server said hi.");
    await expect(chat.getByTestId("chat-totals")).toContainText("1 tool call");
    await card.getByRole("button", { name: /^Request seq \d+$/ }).click();
    await expect(page.locator(".tl-row.tl-selected")).toContainText("tools/call");

    // Sampling: the model's answer fills the form, and goes only when the person approves it.
    await say(page, "sample please");
    await chat.getByTestId("chat-waiting-call").getByRole("button", { name: "Approve and call" }).click();
    // The request's form opens where the person is (issue 54 item 3).
    const dialog = page.getByRole("dialog", { name: "The server is waiting for you" });
    const sampling = dialog.getByTestId("sampling-card");
    await sampling.getByRole("button", { name: "Ask the model" }).click();
    await expect(sampling.getByRole("textbox", { name: "Response text" })).toHaveValue("A scripted haiku.");
    await sampling.getByRole("textbox", { name: "Response text" }).fill("A scripted haiku, edited.");
    await sampling.getByRole("button", { name: "Approve and send" }).click();
    await page.getByRole("tab", { name: "Chat" }).click();
    await expect(chat.getByTestId("chat-tool-call").filter({ hasText: "trigger-sampling-request" })).toContainText(
      "A scripted haiku, edited.",
    );
    await expect(chat.getByTestId("chat-assistant").last()).toContainText("The server sampled a haiku.");
    await screenshots(SHOTS, page, "chat-conversation", { view: chat.getByTestId("chat-tool-call").first() });

    // A provider error is shown as the provider said it, the key masked.
    await say(page, "fail now");
    await expect(chat.getByTestId("chat-failure")).toContainText("Rate limit reached for key ••••");
    await expect(chat.getByTestId("chat-failure")).toContainText("429");
    await screenshots(SHOTS, page, "chat-error", { view: chat.getByTestId("chat-failure") });

    // The key is in no storage of the page and nowhere in the record.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href);
    expect(stored).not.toContain(KEY);
    const record = await (
      await page.request.get(`${inspector.origin}/api/record`, { headers: { Authorization: `Bearer ${inspector.token}` } })
    ).text();
    expect(record).toContain("chat-assistant");
    expect(record).not.toContain(KEY);

    // A reload shows the conversation from the record, without asking the model again.
    await page.reload();
    await page.getByRole("tab", { name: "Chat" }).click();
    await expect(page.getByTestId("chat-view").getByTestId("chat-assistant").filter({ hasText: "The server said hi." })).toBeVisible();
    await expect(page.getByTestId("chat-view").getByTestId("chat-tool-call")).toHaveCount(2);
  } finally {
    await inspector.stop();
    model.stop();
  }
});

test("an App tool the model calls renders its UI inline in the conversation (server-basic-vanillajs get-time)", async ({ page }) => {
  const model = await scriptedModel([
    { when: "what time", toolCalls: [{ name: "get-time", args: {} }] },
    { text: "Here is the time.", repeat: true },
  ]);
  const server = [process.execPath, repoPath("node_modules/@modelcontextprotocol/server-basic-vanillajs/dist/index.js"), "--stdio"];
  const inspector = await startInspector([...server, "--model", MODEL, "--model-base-url", model.baseUrl], { MODEL_API_KEY: "" });
  try {
    const chat = await openChat(page, inspector.url);
    await chat.getByRole("combobox", { name: "Tool calls" }).selectOption("auto");
    await say(page, "what time is it?");
    const card = chat.getByTestId("chat-tool-call").filter({ hasText: "get-time" });
    await expect(card).toHaveAttribute("data-status", "ok");
    await expect(card.getByTestId("app-panel")).toBeVisible();
    const app = card.frameLocator('[data-testid="app-frame"]').frameLocator("iframe");
    await expect(app.getByText(/\d{4}-\d\d-\d\dT\d\d:\d\d/).first()).toBeVisible();
    await expect(chat.getByTestId("chat-assistant").last()).toContainText("Here is the time.");
  } finally {
    await inspector.stop();
    model.stop();
  }
});

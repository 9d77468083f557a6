import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { parseSession, type SessionFile } from "../lib/session/file";
import { encodeSessionLink } from "../lib/session/share-link";
import { recordSession } from "../test/helpers/sessions";
import { everythingStdio } from "../test/helpers/targets";
import { expect, startInspector, test } from "./inspector";
import { MODEL, modelFlags, openChat, say, scriptedModel, toolCard } from "./chat-helpers";
import { screenshots } from "./shots";

// Issue 40: "The conversation is part of the recording, so a share link reproduces it (the model's
// answers replayed from the recording, never re-asked unless the person chooses)". A conversation
// through the scripted model, shared as a link and as a file; each opened shows the same messages,
// answers and tool cards while the model's request log stays as it was.
const SHOTS = process.env.CHAT_SHOTS;
const KEY = "e2e-recording-key-3c9d1f7a2b5e8c4d";

/** What a person reads in the first conversation in `view`: each message, answer and tool card, in order. */
async function transcript(view: Locator): Promise<string[]> {
  const items = view.locator(".chat-transcript").first().locator(":scope > li");
  const out: string[] = [];
  for (let i = 0, n = await items.count(); i < n; i++) {
    const item = items.nth(i);
    const user = item.getByTestId("chat-user");
    const assistant = item.getByTestId("chat-assistant");
    const card = item.getByTestId("chat-tool-call");
    if (await user.count()) out.push(`user: ${await user.locator(".chat-text").innerText()}`);
    else if (await assistant.count())
      out.push(`assistant: ${(await assistant.locator(".chat-text").count()) ? await assistant.locator(".chat-text").innerText() : ""}`);
    else if (await card.count()) {
      const result = card.getByTestId("chat-tool-result");
      const shown = (await result.count()) ? await result.innerText() : "";
      out.push(`tool ${await card.locator(".chat-tool-name").innerText()} ${await card.getAttribute("data-status")}: ${shown.trim()}`);
    }
  }
  return out;
}

/** The recording view's Chat tab. */
async function recordedChat(page: Page): Promise<Locator> {
  const view = page.getByTestId("recording-view");
  await view.getByRole("tab", { name: "Chat" }).click();
  return view.getByTestId("recorded-chat");
}

test("a conversation is part of the recording: a share link and a session file show the same messages, answers and tool cards, and the model is not asked again", async ({
  page,
  browser,
}) => {
  const model = await scriptedModel([
    { when: "say hi", toolCalls: [{ name: "echo", args: { message: "hi" } }], usage: { input: 30, output: 4 } },
    { when: "Echo: hi", text: "The server said hi.", usage: { input: 42, output: 6 } },
    { when: "add 2 and 40", toolCalls: [{ name: "get-sum", args: { a: 2, b: 40 } }] },
    { when: "42", text: "2 + 40 = 42." },
  ]);
  // The key from the environment: the viewer below could ask the model, so not asking is a choice the page makes.
  const inspector = await startInspector(["--demo", ...modelFlags(model)], { MODEL_API_KEY: KEY });
  try {
    const chat = await openChat(page, inspector.url);
    await say(page, "say hi");
    await chat.getByTestId("chat-waiting-call").getByRole("button", { name: "Approve and call" }).click();
    await expect(chat.getByTestId("chat-assistant").last()).toContainText("The server said hi.");
    await say(page, "add 2 and 40");
    await chat.getByTestId("chat-waiting-call").getByRole("button", { name: "Approve and call" }).click();
    await expect(chat.getByTestId("chat-assistant").last()).toContainText("2 + 40 = 42.");
    const live = await transcript(chat);
    expect(live).toEqual([
      "user: say hi",
      "assistant: ",
      "tool echo ok: Echo: hi",
      "assistant: The server said hi.",
      "user: add 2 and 40",
      "assistant: ",
      "tool get-sum ok: The sum of 2 and 40 is 42.",
      "assistant: 2 + 40 = 42.",
    ]);
    const liveTotals = await chat.getByTestId("chat-totals").innerText();

    // The link and the file, as the Share dialog makes them.
    await page.getByRole("button", { name: "Share / export…" }).click();
    const dialog = page.getByTestId("share-dialog");
    await expect(dialog.getByTestId("share-review")).toBeVisible();
    await dialog.getByRole("button", { name: "Make share link" }).click();
    const link = await dialog.getByTestId("share-link").inputValue();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Download .mcp-session.json" }).first().click(),
    ]);
    const file = readFileSync((await download.path())!, "utf8");
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(link).not.toContain(KEY);
    expect(file).not.toContain(KEY);
    const parsed = parseSession(file);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.session.entries.filter((e) => e.kind === "model" && e.model.type === "chat-user")).toHaveLength(2);

    const asked = model.requests.length;
    expect(asked).toBe(4);

    // The link, opened with the token on the inspector that holds the model and its key: it shows, it does not ask.
    const viewer = await (await browser.newContext()).newPage();
    await viewer.goto(inspector.url + link.slice(link.indexOf("#")));
    await expect(viewer.getByTestId("recording-banner")).toBeVisible();
    const fromLink = await recordedChat(viewer);
    await expect(fromLink.getByTestId("chat-assistant").last()).toContainText("2 + 40 = 42.");
    expect(await transcript(fromLink)).toEqual(live);
    await expect(toolCard(fromLink, "echo")).toContainText("approved by you");
    await expect(fromLink.getByTestId("chat-totals")).toHaveText(liveTotals);
    await screenshots(SHOTS, viewer, "chat-recording", { view: fromLink });
    // Its Request button selects that call in the recording's own timeline.
    await toolCard(fromLink, "get-sum")
      .getByRole("button", { name: /^Request seq \d+$/ })
      .click();
    await expect(viewer.locator(".tl-row.tl-selected")).toContainText("tools/call");
    await viewer.context().close();

    // The file, opened with the page's file picker.
    await page.getByTestId("session-file-input").setInputFiles({
      name: "chat.mcp-session.json",
      mimeType: "application/json",
      buffer: Buffer.from(file),
    });
    await expect(page.getByTestId("recording-banner")).toContainText("Opened from a file (chat.mcp-session.json)");
    const fromFile = await recordedChat(page);
    await expect(fromFile.getByTestId("chat-assistant").last()).toContainText("2 + 40 = 42.");
    expect(await transcript(fromFile)).toEqual(live);

    // Nothing above reached the model.
    expect(model.requests).toHaveLength(asked);
  } finally {
    await inspector.stop();
    await model.close();
  }
});

test("after Reproduce, Ask the model again sends the recorded messages one at a time, with a key typed here and each tool call approved; the recording stays as it was", async ({
  page,
}) => {
  const model = await scriptedModel([
    { when: "say hi", toolCalls: [{ name: "echo", args: { message: "hi" } }], repeat: true },
    { when: "Echo: hi", text: "The server said hi.", repeat: true },
    { when: "and bye", text: "Bye.", repeat: true },
  ]);
  const sender = await startInspector(["--demo", ...modelFlags(model)], { MODEL_API_KEY: KEY });
  // Another machine: the same model, no key in its environment and no target until Reproduce.
  const elsewhere = await startInspector(modelFlags(model), { MODEL_API_KEY: "" });
  const typed = "e2e-typed-key-5a1e9c3f7b2d4e6a";
  try {
    const chat = await openChat(page, sender.url);
    await say(page, "say hi");
    await chat.getByTestId("chat-waiting-call").getByRole("button", { name: "Approve and call" }).click();
    await expect(chat.getByTestId("chat-assistant").last()).toContainText("The server said hi.");
    await say(page, "and bye");
    await expect(chat.getByTestId("chat-assistant").last()).toContainText("Bye.");
    await page.getByRole("button", { name: "Share / export…" }).click();
    const dialog = page.getByTestId("share-dialog");
    await dialog.getByRole("button", { name: "Make share link" }).click();
    const link = await dialog.getByTestId("share-link").inputValue();
    const asked = model.requests.length;

    await page.goto(elsewhere.url + link.slice(link.indexOf("#")));
    let recorded = await recordedChat(page);
    await expect(recorded.getByTestId("recorded-chat-note")).toContainText("Reproduce against a live server first");
    await expect(recorded.getByTestId("chat-ask-again")).toHaveCount(0);
    const before = await transcript(recorded.locator("section").first());
    await page.getByRole("button", { name: "Reproduce…" }).click();
    await page.getByTestId("reproduce-confirm").getByRole("button", { name: "Run it" }).click();
    await expect(page.getByTestId("diff-summary")).toContainText("every response came back the same", { timeout: 30_000 });
    recorded = await recordedChat(page);
    const again = recorded.getByTestId("chat-ask-again");
    await expect(again.getByLabel("Model", { exact: true })).toHaveValue(MODEL);
    expect(model.requests).toHaveLength(asked); // Reproduce re-ran the server's calls, not the model

    // The key typed here, as in the live Chat tab: held by this inspector's backend only.
    await again.getByLabel("MODEL_API_KEY").fill(typed);
    await again.getByRole("button", { name: "Use this key" }).click();
    await expect(again.getByTestId("chat-no-key")).toHaveCount(0);
    await again.getByRole("button", { name: "Ask the model again" }).click();
    const waiting = again.getByTestId("chat-waiting-call");
    await expect(waiting.locator(".chat-tool-name")).toHaveText("echo");
    await waiting.getByRole("button", { name: "Approve and call" }).click();
    await expect(toolCard(again, "echo").getByTestId("chat-tool-result")).toContainText("Echo: hi");
    await expect(again.getByTestId("chat-assistant").last()).toContainText("The server said hi.");
    await expect(again.locator(".chat-next")).toHaveText("and bye");
    await screenshots(SHOTS, page, "chat-ask-again", { view: again });
    await again.getByRole("button", { name: "Send your next message" }).click();
    await expect(again.getByTestId("chat-assistant").last()).toContainText("Bye.");
    await expect(again).toContainText("Every message of this conversation was sent again.");

    // Three new requests, each with the typed key; the recording's own transcript is unchanged.
    expect(model.requests).toHaveLength(asked + 3);
    for (const r of model.requests.slice(asked)) expect(r.headers.authorization).toBe(`Bearer ${typed}`);
    expect(await transcript(recorded.locator("section").first())).toEqual(before);
  } finally {
    await Promise.all([sender.stop(), elsewhere.stop()]);
    await model.close();
  }
});

test("Ask the model again: its turn survives a look at the diff, and a sampling request the server sends meanwhile is named, since only the live inspector answers it", async ({
  page,
}) => {
  // A recording made without a browser: the everything server's handshake, then one recorded exchange with a model.
  const made = await recordSession(everythingStdio(), async (e) => void (await e.request("tools/list", {})));
  const last = made.entries.at(-1)!;
  const at = (n: number) => ({ seq: last.seq + n, t: last.t + n });
  const conversation = "chat-recorded";
  const session: SessionFile = {
    ...made,
    entries: [
      ...made.entries,
      { ...at(1), kind: "model", model: { type: "chat-user", conversation, text: "sample please" } },
      {
        ...at(2),
        kind: "model",
        model: {
          type: "chat-assistant",
          conversation,
          label: MODEL,
          text: "No need.",
          toolCalls: [],
          usage: {},
          modelMs: 5,
          finish: "stop",
        },
      },
    ],
  };
  // Asked again, the model answers differently: it calls a tool that makes the server ask for sampling.
  const model = await scriptedModel([
    { when: "sample please", toolCalls: [{ name: "trigger-sampling-request", args: { prompt: "a haiku", maxTokens: 20 } }] },
  ]);
  const inspector = await startInspector(modelFlags(model), { MODEL_API_KEY: KEY });
  try {
    const { url } = await encodeSessionLink(session, inspector.origin);
    await page.goto(inspector.url + url.slice(url.indexOf("#")));
    await page.getByRole("button", { name: "Reproduce…" }).click();
    await page.getByTestId("reproduce-confirm").getByRole("button", { name: "Run it" }).click();
    await expect(page.getByTestId("diff-summary")).toContainText("every response came back the same", { timeout: 30_000 });
    const again = (await recordedChat(page)).getByTestId("chat-ask-again");
    // The key is in this inspector's environment: nothing to type.
    await expect(again.getByTestId("chat-no-key")).toHaveCount(0);
    await again.getByRole("button", { name: "Ask the model again" }).click();
    const waiting = again.getByTestId("chat-waiting-call");
    await expect(waiting.locator(".chat-tool-name")).toHaveText("trigger-sampling-request");

    await page.getByTestId("recording-view").getByRole("tab", { name: "Replay diff" }).click();
    await page.getByTestId("recording-view").getByRole("tab", { name: "Chat" }).click();
    await expect(waiting.locator(".chat-tool-name")).toHaveText("trigger-sampling-request");
    await waiting.getByRole("button", { name: "Approve and call" }).click();
    await expect(again.getByTestId("chat-ask-again-pending")).toContainText("sampling/createMessage");
    expect(model.requests).toHaveLength(1);
  } finally {
    await inspector.stop();
    await model.close();
  }
});

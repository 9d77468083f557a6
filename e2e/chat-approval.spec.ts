import { expect, startInspector, test, type RunningInspector } from "./inspector";
import { modelFlags, openChat, say, scriptedModel, toolCard } from "./chat-helpers";

// The Chat tab's approval modes (issue 40: "approval per call, or 'auto for read-only tools', or
// auto") and Deny, against the everything server: get-sum and echo say readOnlyHint: true,
// toggle-subscriber-updates says false (and only starts a timer for resources nobody subscribed to).
const KEY = "e2e-approval-key-8d2b6f1c9a4e7d3b";
const WRITE = "toggle-subscriber-updates";

/** The tools the inspector has sent tools/call for, in order: what reached the server. */
async function calledTools(inspector: RunningInspector): Promise<string[]> {
  const res = await fetch(`${inspector.origin}/api/record`, { headers: { Authorization: `Bearer ${inspector.token}` } });
  const { entries } = (await res.json()) as {
    entries: { kind: string; dir?: string; message?: { method?: string; params?: { name?: string } } }[];
  };
  return entries.flatMap((e) =>
    e.kind === "message" && e.dir === "client->server" && e.message?.method === "tools/call" ? [e.message.params?.name ?? "?"] : [],
  );
}

/** The tool messages a model request carried (OpenAI's shape: one per call, its content a string). */
const toolMessagesOf = (body: { messages: { role: string; content: unknown }[] }) =>
  body.messages.filter((m) => m.role === "tool").map((m) => String(m.content));

test("auto for read-only tools: the read-only call runs alone, the write call waits; denied, it never reaches the server, the model is told and the card says so", async ({
  page,
}) => {
  const model = await scriptedModel([
    {
      when: "sum and subscribe",
      toolCalls: [
        { name: "get-sum", args: { a: 1, b: 2 } },
        { name: WRITE, args: {} },
      ],
    },
    { when: "did not allow", text: "You kept the updates off." },
  ]);
  const inspector = await startInspector(["--demo", ...modelFlags(model)], { MODEL_API_KEY: KEY });
  try {
    const chat = await openChat(page, inspector.url);
    await chat.getByRole("combobox", { name: "Tool calls" }).selectOption("read-only");
    await say(page, "sum and subscribe");

    // get-sum went on its own; the write tool waits for the person, not marked read-only.
    const waiting = chat.getByTestId("chat-waiting-call");
    await expect(waiting).toHaveCount(1);
    await expect(waiting.locator(".chat-tool-name")).toHaveText(WRITE);
    await expect(waiting.getByText("read-only", { exact: true })).toHaveCount(0);
    const sum = toolCard(chat, "get-sum");
    await expect(sum).toHaveAttribute("data-status", "ok");
    await expect(sum).toContainText("sent automatically");
    await expect(sum.getByTestId("chat-tool-result")).toContainText("The sum of 1 and 2 is 3.");
    expect(await calledTools(inspector)).toEqual(["get-sum"]);

    await waiting.getByRole("button", { name: "Deny" }).click();
    const denied = toolCard(chat, WRITE);
    await expect(denied).toHaveAttribute("data-status", "denied");
    await expect(denied).toContainText("denied: not sent");
    await expect(denied.getByTestId("chat-tool-result")).toHaveCount(0);
    await expect(chat.getByTestId("chat-assistant").last()).toContainText("You kept the updates off.");
    await expect(chat.getByTestId("chat-waiting-call")).toHaveCount(0);
    await expect(chat.getByTestId("chat-totals")).toContainText("2 tool calls");

    // The model was told: its second request carries get-sum's result and the denial, nothing ran.
    expect(model.requests).toHaveLength(2);
    const told = toolMessagesOf(model.requests[1].body);
    expect(told).toHaveLength(2);
    expect(told[0]).toContain("The sum of 1 and 2 is 3.");
    expect(told[1]).toContain("did not allow");
    expect(await calledTools(inspector)).toEqual(["get-sum"]);
  } finally {
    await inspector.stop();
    await model.close();
  }
});

test("auto: every call is sent without asking, a write tool included; a call whose arguments fail the tool's schema still waits", async ({
  page,
}) => {
  const model = await scriptedModel([
    {
      when: "subscribe and echo",
      toolCalls: [
        { name: WRITE, args: {} },
        { name: "echo", args: { message: "auto" } },
      ],
    },
    { when: "Echo: auto", toolCalls: [{ name: "get-sum", args: { a: "one", b: 2 } }] },
    { when: "did not allow", text: "All done." },
  ]);
  const inspector = await startInspector(["--demo", ...modelFlags(model)], { MODEL_API_KEY: KEY });
  try {
    const chat = await openChat(page, inspector.url);
    await chat.getByRole("combobox", { name: "Tool calls" }).selectOption("auto");
    await expect(chat.getByText("sent at once")).toBeVisible();
    await say(page, "subscribe and echo");

    for (const name of [WRITE, "echo"]) {
      await expect(toolCard(chat, name)).toHaveAttribute("data-status", "ok");
      await expect(toolCard(chat, name)).toContainText("sent automatically");
    }
    await expect(toolCard(chat, WRITE).getByTestId("chat-tool-result")).toContainText("Started simulated resource updated");
    // The model's next call does not fit get-sum's inputSchema: even in auto it waits, saying why.
    const waiting = chat.getByTestId("chat-waiting-call");
    await expect(waiting.locator(".chat-tool-name")).toHaveText("get-sum");
    await expect(waiting.getByTestId("chat-call-problem")).toContainText("sent only if you approve it as is");
    expect(await calledTools(inspector)).toEqual([WRITE, "echo"]);

    await waiting.getByRole("button", { name: "Deny" }).click();
    await expect(chat.getByTestId("chat-assistant").last()).toContainText("All done.");
    const denied = toolCard(chat, "get-sum");
    await expect(denied).toHaveAttribute("data-status", "denied");
    await expect(denied.getByTestId("chat-call-problem")).toBeVisible();
    expect(await calledTools(inspector)).toEqual([WRITE, "echo"]);
    expect(model.requests).toHaveLength(3);
  } finally {
    await inspector.stop();
    await model.close();
  }
});

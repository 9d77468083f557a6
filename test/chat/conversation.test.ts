import { describe, expect, test } from "vitest";
import { conversationIds, conversationItems, totalsOf } from "../../features/chat/conversation";
import type { SeqEvent } from "../../client/use-chat";
import { messagesOf } from "../../server/bridge/chat-history";

const usage = { inputTokens: 10, outputTokens: 4 };
const events: SeqEvent[] = [
  { seq: 3, event: { type: "chat-user", conversation: "c1", text: "what time is it?" } },
  {
    seq: 4,
    event: { type: "exchange", label: "openai:m", method: "POST", url: "http://x/v1", status: 200, ms: 5, request: "{}", response: "{}" },
  },
  {
    seq: 5,
    event: {
      type: "chat-assistant",
      conversation: "c1",
      label: "openai:m",
      text: "",
      toolCalls: [{ id: "k1", name: "get-time", args: {} }],
      usage,
      modelMs: 30,
      finish: "tool-calls",
    },
  },
  {
    seq: 6,
    event: {
      type: "chat-tool",
      conversation: "c1",
      callId: "k1",
      name: "get-time",
      args: {},
      decision: "approved",
      requestSeq: 7,
      serverMs: 12,
      result: { content: [{ type: "text", text: "noon" }] },
    },
  },
  {
    seq: 9,
    event: {
      type: "chat-assistant",
      conversation: "c1",
      label: "openai:m",
      text: "It is noon.",
      toolCalls: [],
      usage,
      modelMs: 20,
      finish: "stop",
    },
  },
  { seq: 10, event: { type: "chat-user", conversation: "c2", text: "again" } },
  {
    seq: 11,
    event: {
      type: "exchange",
      label: "openai:m",
      method: "POST",
      url: "http://x/v1",
      status: 401,
      ms: 5,
      request: "{}",
      response: '{"error":"Incorrect API key ••••"}',
    },
  },
];

describe("a conversation, from the record alone", () => {
  test("its items in order, a failed exchange in place, and tokens and time split model/server", () => {
    expect(conversationIds(events)).toEqual(["c1", "c2"]);
    const c1 = conversationItems(events, "c1");
    expect(c1.map((i) => i.type)).toEqual(["chat-user", "chat-assistant", "chat-tool", "chat-assistant"]);
    expect(totalsOf(c1)).toEqual({ inputTokens: 20, outputTokens: 8, modelMs: 50, serverMs: 12, toolCalls: 1 });
    const c2 = conversationItems(events, "c2");
    expect(c2.at(-1)).toMatchObject({ type: "model-error", status: 401, message: '{"error":"Incorrect API key ••••"}' });
  });

  test("the model's next turn sees the conversation rebuilt from the record: its calls and their results", () => {
    const m = messagesOf(
      events.map((e) => e.event),
      "c1",
    );
    expect(m.map((x) => x.role)).toEqual(["user", "assistant", "tool", "assistant"]);
    expect(m[1].content).toEqual([{ type: "tool-call", toolCallId: "k1", toolName: "get-time", input: {} }]);
    expect(m[2].content).toEqual([
      {
        type: "tool-result",
        toolCallId: "k1",
        toolName: "get-time",
        output: { type: "json", value: { content: [{ type: "text", text: "noon" }] } },
      },
    ]);
  });
});

import type { ModelMessage } from "ai";
import type { ModelEvent } from "../../lib/model/events";

type JsonValue = null | string | number | boolean | JsonValue[] | { [k: string]: JsonValue };

/** A tool's result as the model gets it back: JSON as is (undefined and functions cannot be in a frame anyway). */
const asJson = (v: unknown): JsonValue => (v === undefined ? null : (JSON.parse(JSON.stringify(v)) as JsonValue));

/**
 * A conversation as the model sees it on its next turn, rebuilt from its recorded events: the
 * person's messages, the model's answers with their tool calls, and each call's result (or that
 * the person denied it). The record is the one source, so a conversation reproduced from a
 * recording continues where it was, without asking the model its old answers again.
 */
export function messagesOf(events: readonly ModelEvent[], conversation: string): ModelMessage[] {
  const out: ModelMessage[] = [];
  for (const e of events) {
    if (!("conversation" in e) || e.conversation !== conversation) continue;
    if (e.type === "chat-user") out.push({ role: "user", content: e.text });
    else if (e.type === "chat-assistant") {
      const calls = e.toolCalls.map((c) => ({ type: "tool-call" as const, toolCallId: c.id, toolName: c.name, input: c.args ?? {} }));
      out.push({ role: "assistant", content: [...(e.text ? [{ type: "text" as const, text: e.text }] : []), ...calls] });
    } else if (e.type === "chat-tool") {
      const output =
        e.decision === "denied"
          ? { type: "execution-denied" as const, reason: "the person denied this call" }
          : e.isError
            ? { type: "error-json" as const, value: asJson(e.result) }
            : { type: "json" as const, value: asJson(e.result) };
      out.push({ role: "tool", content: [{ type: "tool-result", toolCallId: e.callId, toolName: e.name, output }] });
    }
  }
  return out;
}

import type { ChatAssistant, ChatTool, ChatUser } from "../../lib/model/events";
import type { SeqEvent } from "../../client/use-chat";

export type ChatItem =
  | ({ seq: number } & ChatUser)
  | ({ seq: number } & ChatAssistant)
  | ({ seq: number } & ChatTool)
  /** A model error recorded as an exchange (401, 429, a timeout): shown where it happened. */
  | { seq: number; type: "model-error"; label: string; status?: number; message: string };

/** Tokens and time of a conversation, split into the model's part and the server's. */
export interface ChatTotals {
  inputTokens: number;
  outputTokens: number;
  modelMs: number;
  serverMs: number;
  toolCalls: number;
}

/** A fresh conversation id: the record's chat entries carry it, so it only has to differ from the others in this record. */
export const newConversationId = () => `chat-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The conversations in the record, oldest first (their ids, by first appearance). */
export function conversationIds(events: readonly SeqEvent[]): string[] {
  const ids: string[] = [];
  for (const { event: e } of events) if ("conversation" in e && !ids.includes(e.conversation)) ids.push(e.conversation);
  return ids;
}

/**
 * One conversation as the Chat tab shows it, from the record only (so a recording shows what
 * was said without asking the model again). A failed exchange between the conversation's first
 * and last entries is shown in place: that is where the person saw the provider's error.
 */
export function conversationItems(events: readonly SeqEvent[], conversation: string): ChatItem[] {
  const items: ChatItem[] = [];
  let open = false;
  for (const { seq, event: e } of events) {
    if ("conversation" in e) {
      if (e.conversation !== conversation) {
        open = false;
        continue;
      }
      open = true;
      if (e.type === "chat-user" || e.type === "chat-assistant" || e.type === "chat-tool") items.push({ seq, ...e });
    } else if (open && e.type === "exchange" && (e.error || (e.status !== undefined && e.status >= 400))) {
      items.push({
        seq,
        type: "model-error",
        label: e.label,
        ...(e.status !== undefined ? { status: e.status } : {}),
        message: e.error ?? e.response,
      });
    }
  }
  return items;
}

export function totalsOf(items: readonly ChatItem[]): ChatTotals {
  const t: ChatTotals = { inputTokens: 0, outputTokens: 0, modelMs: 0, serverMs: 0, toolCalls: 0 };
  for (const i of items) {
    if (i.type === "chat-assistant") {
      t.inputTokens += i.usage.inputTokens ?? 0;
      t.outputTokens += i.usage.outputTokens ?? 0;
      t.modelMs += i.modelMs;
    } else if (i.type === "chat-tool") {
      t.toolCalls++;
      t.serverMs += i.serverMs ?? 0;
    }
  }
  return t;
}

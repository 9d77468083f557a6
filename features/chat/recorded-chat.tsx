"use client";
import "./chat.css";
import { useMemo } from "react";
import type { TimelineStore } from "../../client/timeline-store";
import { useModelEvents } from "../../client/use-chat";
import { conversationIds, conversationItems, totalsOf } from "./conversation";
import { ChatTranscript } from "./chat-transcript";
import { ChatTotalsLine } from "./chat-totals";

/**
 * The conversations of a recording (a share link, an opened file), read-only: every answer is
 * the model's recorded one, so nothing is asked again. An App is not rendered here (no server
 * is running); Reproduce runs the calls again.
 */
export function RecordedChat({ store, onShowEntry }: { store: TimelineStore; onShowEntry(seq: number): void }) {
  const events = useModelEvents(store);
  const conversations = useMemo(() => conversationIds(events).map((id) => ({ id, items: conversationItems(events, id) })), [events]);
  if (!conversations.length) return <p className="muted">This recording has no conversation with a model.</p>;
  return (
    <div className="chat-view" data-testid="recorded-chat">
      {conversations.map((c, n) => (
        <section key={c.id} aria-label={`Conversation ${n + 1}`}>
          {conversations.length > 1 && <h4>Conversation {n + 1}</h4>}
          <ChatTranscript items={c.items} onShowEntry={onShowEntry} />
          <ChatTotalsLine totals={totalsOf(c.items)} />
        </section>
      ))}
    </div>
  );
}

/** Whether a recording holds a conversation (the recording view shows its Chat tab only then). */
export function hasConversation(entries: readonly { kind: string; model?: { type: string } }[]): boolean {
  return entries.some((e) => e.kind === "model" && e.model?.type === "chat-user");
}

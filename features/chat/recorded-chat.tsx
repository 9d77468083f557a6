"use client";
import "./chat.css";
import { useMemo } from "react";
import type { Session } from "../../client/session";
import { SessionContext } from "../../client/session-context";
import type { TimelineStore } from "../../client/timeline-store";
import { useModelEvents } from "../../client/use-chat";
import { conversationIds, conversationItems, totalsOf } from "./conversation";
import { ChatTranscript } from "./chat-transcript";
import { ChatTotalsLine } from "./chat-totals";
import { AskAgain } from "./ask-again";

export interface RecordedChatProps {
  store: TimelineStore;
  onShowEntry(seq: number): void;
  /** The live session, once a confirmed Reproduce connected it to a server: only then can the model be asked again. */
  live?: Session;
}

/**
 * The conversations of a recording (a share link, an opened file), read-only: every answer is
 * the model's recorded one, so nothing is asked again unless the person presses "Ask the model
 * again" after Reproduce. An App is not rendered here (no server is running); Reproduce runs the
 * calls again.
 */
export function RecordedChat({ store, onShowEntry, live }: RecordedChatProps) {
  const events = useModelEvents(store);
  const conversations = useMemo(() => conversationIds(events).map((id) => ({ id, items: conversationItems(events, id) })), [events]);
  if (!conversations.length) return <p className="muted">This recording has no conversation with a model.</p>;
  return (
    <div className="chat-view" data-testid="recorded-chat">
      <p className="muted small" data-testid="recorded-chat-note">
        The model&apos;s answers as recorded: showing them asks no model.
        {!live && " To ask it again, Reproduce against a live server first."}
      </p>
      {conversations.map((c, n) => (
        <section key={c.id} aria-label={`Conversation ${n + 1}`}>
          {conversations.length > 1 && <h4>Conversation {n + 1}</h4>}
          <ChatTranscript items={c.items} onShowEntry={onShowEntry} />
          <ChatTotalsLine totals={totalsOf(c.items)} />
          {live && (
            <SessionContext.Provider value={live}>
              <AskAgain recorded={c.items} />
            </SessionContext.Provider>
          )}
        </section>
      ))}
    </div>
  );
}

/** Whether a recording holds a conversation (the recording view shows its Chat tab only then). */
export function hasConversation(entries: readonly { kind: string; model?: { type: string } }[]): boolean {
  return entries.some((e) => e.kind === "model" && e.model?.type === "chat-user");
}

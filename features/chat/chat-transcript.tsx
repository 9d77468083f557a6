"use client";
import type { ChatTool } from "../../lib/model/events";
import type { ChatItem } from "./conversation";
import { ToolCallCard } from "./tool-call-card";
import { formatMs } from "../../lib/record/entry-facts";
import { shownName, shownProse } from "../../components/shown-text";

export interface ChatTranscriptProps {
  items: readonly ChatItem[];
  onShowEntry?(seq: number): void;
  /** An App tool's UI for a call, when the page can render it (a live session). */
  renderApp?(call: ChatTool & { seq: number }): React.ReactNode;
}

/** A conversation as recorded: the person's messages, the model's answers (with tokens and time), each tool call as a card. */
export function ChatTranscript({ items, onShowEntry, renderApp }: ChatTranscriptProps) {
  return (
    <ol className="chat-transcript" aria-label="Conversation">
      {items.map((i) => (
        <li key={i.seq} className={`chat-item chat-item-${i.type}`}>
          {i.type === "chat-user" && (
            <div className="chat-bubble chat-user" data-testid="chat-user">
              <pre className="chat-text">{shownProse(i.text)}</pre>
              {i.context?.length ? (
                <p className="muted small">with {i.context.map((c) => `${c.kind} ${shownName(c.name)}`).join(", ")}</p>
              ) : null}
            </div>
          )}
          {i.type === "chat-assistant" && (
            <div className="chat-bubble chat-assistant" data-testid="chat-assistant">
              {i.text && <pre className="chat-text">{shownProse(i.text)}</pre>}
              <p className="muted small chat-meta">
                {i.label} · {i.usage.inputTokens ?? "?"} tokens in, {i.usage.outputTokens ?? "?"} out · {formatMs(i.modelMs)}
                {i.toolCalls.length > 0 && ` · asked for ${i.toolCalls.map((c) => c.name).join(", ")}`}
                {onShowEntry && (
                  <>
                    {" "}
                    <button type="button" className="btn-small" onClick={() => onShowEntry(i.seq)}>
                      Entry seq {i.seq}
                    </button>
                  </>
                )}
              </p>
            </div>
          )}
          {i.type === "chat-tool" && <ToolCallCard call={i} onShowEntry={onShowEntry} app={renderApp?.(i)} />}
          {i.type === "model-error" && (
            <div className="chat-failure" data-testid="chat-recorded-failure">
              <strong>
                {i.label}: {i.status !== undefined ? `HTTP ${i.status}` : "no answer"}
              </strong>
              <pre className="chat-failure-text">{shownProse(i.message)}</pre>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

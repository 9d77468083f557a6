import type { ContentBlock } from "../lib/protocol/shapes";
import { ContentBlockView } from "./content-block-view";
import { ServerText } from "./server-text";

export interface MessageLike {
  role?: unknown;
  content?: unknown;
}

/**
 * Conversation messages (prompts/get, sampling/createMessage) by role; content may be one
 * block or a list of blocks (2025-11-25 sampling), each rendered by its type, never as HTML.
 */
export function MessageList({ messages, label }: { messages: MessageLike[]; label: string }) {
  if (messages.length === 0) return <p className="muted">No messages.</p>;
  return (
    <ol className="message-list" aria-label={label}>
      {messages.map((m, i) => {
        const role = typeof m.role === "string" ? m.role : "(no role)";
        const blocks = (Array.isArray(m.content) ? m.content : m.content === undefined ? [] : [m.content]) as ContentBlock[];
        return (
          <li
            key={i}
            className={`message message-${role === "assistant" ? "assistant" : role === "user" ? "user" : "other"}`}
            data-role={role}
          >
            <span className="message-role">
              <ServerText text={role} />
            </span>
            <div className="message-body">
              {blocks.map((b, j) => (
                <ContentBlockView key={j} block={b && typeof b === "object" ? b : ({ type: "text", text: String(b) } as ContentBlock)} />
              ))}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

"use client";
import { useState } from "react";

export interface ChatComposerProps {
  busy: boolean;
  /** Why nothing can be sent now (not connected, no model); the box stays editable. */
  blocked?: string;
  onSend(text: string): void;
  onStop(): void;
}

/** The person's next message: Enter with Ctrl or ⌘ sends it, Stop ends a turn in progress. */
export function ChatComposer({ busy, blocked, onSend, onStop }: ChatComposerProps) {
  const [text, setText] = useState("");
  const send = () => {
    if (busy || blocked || !text.trim()) return;
    onSend(text.trim());
    setText("");
  };
  return (
    <form
      className="chat-composer"
      aria-label="Message to the model"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label className="field">
        <span>Message</span>
        <textarea
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && (e.ctrlKey || e.metaKey) && (e.preventDefault(), send())}
        />
      </label>
      {blocked && <p className="muted small">{blocked}</p>}
      <div className="button-row">
        <button type="submit" className="btn-primary" disabled={busy || !!blocked || !text.trim()}>
          {busy ? "The model is answering…" : "Send"}
        </button>
        {busy && (
          <button type="button" className="btn-small" onClick={onStop}>
            Stop
          </button>
        )}
      </div>
    </form>
  );
}

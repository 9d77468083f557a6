"use client";
import { useMemo } from "react";
import { composerSchema, parseComposer } from "../../lib/protocol/methods";
import { CodeEditor } from "../../components/code-editor";

export interface RawRequestFormProps {
  kind: "request" | "notification";
  onKind(kind: "request" | "notification"): void;
  text: string;
  onText(text: string): void;
  onSend(method: string, params?: Record<string, unknown>): void;
  busy: boolean;
  onCancel?(): void;
}

const SCHEMAS = { request: composerSchema("request"), notification: composerSchema("notification") };

/** Any message as JSON in Monaco (method names and known params complete), sent as a request or a notification. */
export function RawRequestForm({ kind, onKind, text, onText, onSend, busy, onCancel }: RawRequestFormProps) {
  const parsed = useMemo(() => parseComposer(text), [text]);
  const send = () => {
    if (!busy && parsed.ok) onSend(parsed.method, parsed.params);
  };
  return (
    <div className="raw-request">
      <div className="segmented" role="group" aria-label="Send as">
        <button
          type="button"
          className={kind === "request" ? "segment active" : "segment"}
          aria-pressed={kind === "request"}
          onClick={() => onKind("request")}
        >
          Request
        </button>
        <button
          type="button"
          className={kind === "notification" ? "segment active" : "segment"}
          aria-pressed={kind === "notification"}
          onClick={() => onKind("notification")}
        >
          Notification
        </button>
      </div>
      <p className="muted small">
        <code>{'{ "method": …, "params": { …, "_meta": { … } } }'}</code>: press Ctrl+Space in the editor for method names, Ctrl+Enter to
        send. The id (and jsonrpc) are added when sent.
      </p>
      <CodeEditor
        value={text}
        onChange={onText}
        schema={SCHEMAS[kind]}
        modelUri={`inmemory://raw/${kind}.json`}
        ariaLabel="Raw message as JSON"
        height={200}
        onSubmit={send}
      />
      {!parsed.ok && (
        <p className="form-error small" role="alert">
          {parsed.message}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="btn-primary"
          disabled={busy || !parsed.ok}
          onClick={send}
          title="Ctrl+Enter (⌘+Enter) in the editor"
        >
          {busy ? "Waiting for the response…" : kind === "request" ? "Send request" : "Send notification"}
        </button>
        {busy && onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </div>
  );
}

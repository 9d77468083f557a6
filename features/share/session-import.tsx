"use client";
import { useRef, useState } from "react";
import { sessionFileSizeProblem } from "../../lib/session/file";

export interface SessionImportProps {
  /** A file was chosen or dropped: its text and name, or why it was refused unread (too large). */
  onFile(text: string, name: string, refused?: string): void;
  error?: string;
}

/** Open a .mcp-session.json: a file picker, and a drop zone for dragging one in. */
export function SessionImport({ onFile, error }: SessionImportProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const read = (f: File | undefined) => {
    if (!f) return;
    const refused = sessionFileSizeProblem(f.size);
    if (refused) onFile("", f.name, refused);
    else void f.text().then((t) => onFile(t, f.name));
  };
  return (
    <div
      className={`drop-zone${over ? " drop-over" : ""}`}
      data-testid="session-drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        read(e.dataTransfer.files[0]);
      }}
    >
      <button type="button" onClick={() => input.current?.click()}>
        Open a session file…
      </button>
      <span className="muted small"> or drop a .mcp-session.json or a page file (.html) here</span>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.html,text/html"
        className="sr-only"
        tabIndex={-1}
        aria-label="Session file"
        data-testid="session-file-input"
        onChange={(e) => {
          read(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
      {error && (
        <p className="form-error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
    </div>
  );
}

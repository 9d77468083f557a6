"use client";
import { useRef } from "react";
import { sessionFileSizeProblem } from "../../lib/session/file";

export type SideMode = "live" | "file";

export interface SidePickerProps {
  /** "old" or "new": names the controls (two pickers on one page). */
  which: "old" | "new";
  mode: SideMode;
  /** The file loaded for this side, kept while the live session is picked. */
  fileName?: string;
  /** Why the last chosen file was refused; the loaded one stays. */
  error?: string;
  onMode(mode: SideMode): void;
  /** A file was chosen: its text and name, or why it was refused unread (too large). */
  onFile(text: string, name: string, refused?: string): void;
}

/** One side of the diff: the live session or a session file (picked, or dropped on it); a good file selects "file", a refused one changes nothing. */
export function SidePicker({ which, mode, fileName, error, onMode, onFile }: SidePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const read = (f: File | undefined) => {
    if (!f) return;
    const refused = sessionFileSizeProblem(f.size);
    if (refused) onFile("", f.name, refused);
    else void f.text().then((t) => onFile(t, f.name));
  };
  const title = which === "old" ? "Old (before)" : "New (after)";
  return (
    <fieldset
      className="diff-side"
      data-testid={`diff-side-${which}`}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        read(e.dataTransfer.files[0]);
      }}
    >
      <legend>{title}</legend>
      <label className="diff-side-choice">
        <input type="radio" name={`diff-${which}`} checked={mode === "live"} onChange={() => onMode("live")} />
        The live session
      </label>
      <label className="diff-side-choice">
        <input type="radio" name={`diff-${which}`} checked={mode === "file"} onChange={() => onMode("file")} />A session file
      </label>
      {mode === "file" && (
        <div className="diff-side-file">
          {fileName ? <code data-testid={`diff-file-${which}`}>{fileName}</code> : <span className="muted small">no file yet</span>}
          <button type="button" className="btn-small" onClick={() => input.current?.click()}>
            {fileName ? "Another file…" : "Choose a file…"}
          </button>
        </div>
      )}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="sr-only"
        tabIndex={-1}
        aria-label={`${title}: session file`}
        data-testid={`diff-input-${which}`}
        onChange={(e) => {
          read(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
      {error && (
        <p className="form-error" role="alert" data-testid={`diff-error-${which}`}>
          {error}
          {fileName ? ` (${fileName} is still loaded)` : ""}
        </p>
      )}
    </fieldset>
  );
}

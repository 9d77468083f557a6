"use client";
import { useRef, useState } from "react";
import { CodeEditor } from "../../components/code-editor";
import { parseJsonObject } from "../../components/json-object";

export interface StepParamsEditorProps {
  /** Which model the editor edits (one per file and step). */
  modelKey: string;
  params: Record<string, unknown>;
  busy?: boolean;
  error?: string;
  onSave(params: Record<string, unknown>): void;
  onCancel(): void;
}

/** A step's params in the raw JSON editor; saved into the file (through the backend's redaction) as the step's own keys. */
export function StepParamsEditor({ modelKey, params, busy, error, onSave, onCancel }: StepParamsEditorProps) {
  const [text, setText] = useState(() => JSON.stringify(params, null, 2));
  // What the editor holds now: a click can come before React has rendered the editor's last
  // change (seen in CI under load: the old params were saved), so Save reads this, not `text`.
  const latest = useRef(text);
  const edit = (t: string) => {
    latest.current = t;
    setText(t);
  };
  const [problem, setProblem] = useState<string>();
  const save = () => {
    const parsed = parseJsonObject(latest.current, "params", false);
    if (!parsed.ok) return setProblem(parsed.message);
    setProblem(undefined);
    onSave(parsed.value ?? {});
  };
  return (
    <div className="coll-params-editor">
      <CodeEditor
        value={text}
        onChange={edit}
        ariaLabel="Step params (JSON)"
        modelUri={`inmemory://collections/${encodeURIComponent(modelKey)}.json`}
        height={180}
        onSubmit={save}
      />
      {(problem ?? error) && (
        <p className="form-error" role="alert">
          {problem ?? error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="btn-primary" disabled={busy} onClick={save}>
          {busy ? "Saving…" : "Save params"}
        </button>
        <button type="button" className="btn-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

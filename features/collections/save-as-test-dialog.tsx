"use client";
import { useState } from "react";
import { ModalDialog } from "../../components/modal-dialog";
import { useCollectionFiles, useSaveAsTest } from "./use-collections";

const NEW = "\u0000new";
/** What a new file is called when the person gives only a word: `memory` → `memory.mcp-tests.yaml`. */
export function collectionFileName(typed: string): string {
  const t = typed.trim();
  return /\.mcp-tests\.(?:ya?ml|json)$/.test(t) ? t : `${t.replace(/\.(?:ya?ml|json)$/, "")}.mcp-tests.yaml`;
}

export interface SaveAsTestDialogProps {
  requestSeq: number;
  /** What the step is called unless the person changes it. */
  defaultName: string;
  onClose(): void;
}

/** Pick a collection file (or name a new one) and the step's name; the backend builds the step from the record. */
export function SaveAsTestDialog({ requestSeq, defaultName, onClose }: SaveAsTestDialogProps) {
  const list = useCollectionFiles();
  const save = useSaveAsTest();
  const files = list.data?.files ?? [];
  const [choice, setChoice] = useState<string>();
  const [newName, setNewName] = useState("");
  const [name, setName] = useState(defaultName);
  const picked = choice ?? (files[0]?.file || NEW);
  const file = picked === NEW ? (newName.trim() ? collectionFileName(newName) : "") : picked;
  return (
    <ModalDialog title="Save as test" onClose={onClose} testId="save-as-test-dialog">
      <form
        className="coll-save-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (file) save.mutate({ file, requestSeq, name }, { onSuccess: onClose });
        }}
      >
        <label>
          Collection file
          <select value={picked} onChange={(e) => setChoice(e.target.value)} aria-label="Collection file">
            {files.map((f) => (
              <option key={f.file} value={f.file}>
                {f.file}
              </option>
            ))}
            <option value={NEW}>New file…</option>
          </select>
        </label>
        {picked === NEW && (
          <label>
            New file name
            <input
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              placeholder="memory.mcp-tests.yaml"
              autoFocus
              aria-describedby="coll-new-file-hint"
            />
            <span id="coll-new-file-hint" className="muted small">
              {list.data ? `in ${list.data.folder}` : ""}
              {file && file !== newName.trim() ? ` as ${file}` : ""}
            </span>
          </label>
        )}
        <label>
          Step name
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <p className="muted small">
          Request #{requestSeq} is saved as the file&apos;s last step. Secrets are taken out as a share does (the server&apos;s env values
          become <code>{"${NAME}"}</code>).
        </p>
        {save.error && (
          <p className="form-error" role="alert">
            {save.error.message}
          </p>
        )}
        {list.error && (
          <p className="form-error" role="alert">
            {list.error.message}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="btn-primary" disabled={!file || save.isPending}>
            {save.isPending ? "Saving…" : "Save"}
          </button>
          <button type="button" className="btn-small" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

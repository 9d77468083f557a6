"use client";
import { useState } from "react";
import { ModalDialog } from "../../components/modal-dialog";
import { useCollectionFiles, useSaveAsTest } from "./use-collections";
import { useSessionState } from "../../client/hooks";

const NEW = "\u0000new";
/** What a new file is called when the person gives only a word: `memory` → `memory.mcp-tests.yaml`. */
export function collectionFileName(typed: string): string {
  const t = typed.trim();
  return /\.mcp-tests\.(?:ya?ml|json)$/.test(t) ? t : `${t.replace(/\.(?:ya?ml|json)$/, "")}.mcp-tests.yaml`;
}

/**
 * The file a server's tests go to unless the person picks another: its serverInfo.name as a file
 * name (`mcp-servers/everything` → `mcp-servers-everything.mcp-tests.yaml`).
 */
export function serverFileName(serverName: string | undefined): string {
  const slug = (serverName ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80);
  return collectionFileName(slug || "server");
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
  // Named for the connected server, filled in (issue 66 item 8): Save works at once, and a file
  // of another server is never the default.
  const serverName = useSessionState()?.negotiated?.serverInfo.name;
  const ownFile = serverFileName(typeof serverName === "string" ? serverName : undefined);
  const [choice, setChoice] = useState<string>();
  const [newName, setNewName] = useState(ownFile);
  const [name, setName] = useState(defaultName);
  const picked = choice ?? (files.some((f) => f.file === ownFile) ? ownFile : NEW);
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
              placeholder={ownFile}
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
          Request seq {requestSeq} is saved as the file&apos;s last step. Secrets are taken out as a share does (the server&apos;s env
          values become <code>{"${NAME}"}</code>).
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

"use client";
import type { Root } from "../../lib/answers/schema";
import { rootUriOf, type RootInput } from "./root-uri";

export interface RootsEditorProps {
  roots: Root[];
  onChange(roots: Root[]): void;
  dirty: boolean;
  onSave(): void;
  onRevert(): void;
  /** Why saving does not notify the server, if it does not. */
  note?: string;
  /** The directory relative paths start from, when known. */
  base?: string;
}

/** The roots the inspector offers a server (uri + name), edited as a list and saved at once. */
export function RootsEditor({ roots, onChange, dirty, onSave, onRevert, note, base }: RootsEditorProps) {
  const update = (i: number, patch: Partial<Root>) => onChange(roots.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  // A path is taken as `--root` takes it (made a file:// URI when the field is left); what is
  // neither a URI nor a whole path says why.
  const checked = roots.map((r) => (r.uri.trim() === "" ? undefined : rootUriOf(r.uri, base)));
  const bad = checked.map((c) => c !== undefined && !c.ok);
  // An invalid root would make the server's handler throw: it is not saved until fixed.
  const invalid = bad.some(Boolean);
  return (
    <form
      className="roots-editor"
      aria-label="Roots"
      onSubmit={(e) => {
        e.preventDefault();
        if (!invalid) onSave();
      }}
    >
      {roots.length === 0 && <p className="muted">No roots: roots/list is answered with an empty list.</p>}
      {roots.map((r, i) => (
        <div className="kv-row root-row" key={i}>
          <input
            aria-label={`Root ${i + 1} URI`}
            value={r.uri}
            onChange={(e) => update(i, { uri: e.target.value })}
            onBlur={() => {
              const c = checked[i];
              if (c?.ok && c.uri !== r.uri) update(i, { uri: c.uri });
            }}
            placeholder="file:///home/me/project or /home/me/project"
            spellCheck={false}
            aria-invalid={bad[i] || undefined}
          />
          <input
            aria-label={`Root ${i + 1} name`}
            value={r.name ?? ""}
            onChange={(e) => update(i, { name: e.target.value })}
            placeholder="name (optional)"
          />
          <button
            type="button"
            className="btn-icon"
            aria-label={`Remove root ${r.uri || i + 1}`}
            onClick={() => onChange(roots.filter((_, j) => j !== i))}
          >
            ×
          </button>
          {problemOf(checked[i]) && <span className="form-error small">{problemOf(checked[i])}</span>}
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="btn-small" onClick={() => onChange([...roots, { uri: "file:///", name: "" }])}>
          Add root
        </button>
        <span className="header-spacer" />
        {dirty && <span className="badge badge-warn">unsaved</span>}
        <button type="button" disabled={!dirty} onClick={onRevert}>
          Revert
        </button>
        <button type="submit" className="btn-primary" disabled={!dirty || invalid}>
          Save roots
        </button>
      </div>
      {note && <p className="muted small">{note}</p>}
    </form>
  );
}

function problemOf(c: RootInput | undefined): string | undefined {
  return c && !c.ok ? c.message : undefined;
}

"use client";
import { useState } from "react";

/** One editable name/value pair (env variables, headers). */
export interface KeyValueRow {
  key: string;
  value: string;
}

export interface KeyValueListProps {
  label: string;
  keyLabel: string;
  rows: KeyValueRow[];
  onChange(rows: KeyValueRow[]): void;
  /** Values are secrets (tokens, keys): hidden until the person asks to see them. */
  masked?: boolean;
}

/** Editable name/value pairs (env vars, HTTP headers). */
export function KeyValueList({ label, keyLabel, rows, onChange, masked }: KeyValueListProps) {
  const [shown, setShown] = useState(false);
  const update = (i: number, patch: Partial<KeyValueRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="kv-list">
      <legend>{label}</legend>
      {rows.map((r, i) => (
        <div className="kv-row" key={i}>
          <input
            className="kv-name"
            aria-label={`${keyLabel} ${i + 1} name`}
            value={r.key}
            onChange={(e) => update(i, { key: e.target.value })}
            placeholder="NAME"
            spellCheck={false}
            autoComplete="off"
          />
          <input
            className="kv-value"
            aria-label={`${keyLabel} ${i + 1} value`}
            type={masked && !shown ? "password" : "text"}
            value={r.value}
            onChange={(e) => update(i, { value: e.target.value })}
            placeholder="value"
            spellCheck={false}
            autoComplete="off"
          />
          <button
            type="button"
            className="btn-icon"
            aria-label={`Remove ${keyLabel.toLowerCase()} ${r.key || i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <div className="kv-actions">
        <button type="button" className="btn-small" onClick={() => onChange([...rows, { key: "", value: "" }])}>
          Add {keyLabel.toLowerCase()}
        </button>
        {masked && rows.length > 0 && (
          <button type="button" className="btn-small" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
            {shown ? "Hide values" : "Show values"}
          </button>
        )}
      </div>
    </fieldset>
  );
}

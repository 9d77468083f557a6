"use client";
import { useId, useState } from "react";
import { parseJsonObject } from "./json-object";

export interface MetaFieldProps {
  text: string;
  onChange(text: string): void;
}

/** An optional `_meta` object for a request, folded away until wanted. */
export function MetaField({ text, onChange }: MetaFieldProps) {
  const id = useId();
  const [open, setOpen] = useState(text.trim() !== "");
  const parsed = parseJsonObject(text, "_meta", true);
  return (
    <div className="meta-field">
      <button type="button" className="btn-small" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? "− _meta" : "+ Add _meta"}
      </button>
      {open && (
        <div id={id}>
          <textarea
            aria-label="_meta (JSON object)"
            className="mono"
            rows={3}
            value={text}
            onChange={(e) => onChange(e.target.value)}
            placeholder='{ "example.com/trace": "abc" }'
            spellCheck={false}
          />
          {!parsed.ok && (
            <p className="form-error small" role="alert">
              {parsed.message}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

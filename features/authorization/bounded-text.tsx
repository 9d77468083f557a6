"use client";
import { useState } from "react";
import { shownProse } from "../../components/shown-text";

/** Characters of a body shown before "Show all": enough for a metadata document's first fields. */
export const BODY_PREVIEW = 1200;

/**
 * Text a server sent, as inert text in a <pre>, cut at `limit` characters until the person asks
 * for all of it (the engine already bounds bodies; this keeps a step list short to scan).
 */
export function BoundedText({ text, limit = BODY_PREVIEW, label }: { text: string; limit?: number; label: string }) {
  const [all, setAll] = useState(false);
  const cut = !all && text.length > limit;
  return (
    <>
      <pre className="auth-body" aria-label={label} tabIndex={0}>
        {shownProse(cut ? `${text.slice(0, limit)}…` : text)}
      </pre>
      {cut && (
        <button type="button" className="btn-small" onClick={() => setAll(true)}>
          Show all ({text.length.toLocaleString("en")} characters)
        </button>
      )}
    </>
  );
}

import { useState } from "react";

/** A hosted viewer's address: http(s), no fragment (the session goes there). */
const BASE = /^https?:\/\/[^\s#]+$/;

/**
 * Where share links open: this inspector's address (empty), or a read-only viewer a team hosts
 * (`inspector export --viewer DIR`). Kept in this browser; a link to a hosted viewer opens for a
 * colleague who runs nothing.
 */
export function ShareBaseField({ base, onBase }: { base: string; onBase(base: string): void }) {
  const [draft, setDraft] = useState(base);
  const bad = draft !== "" && !BASE.test(draft);
  return (
    <label className="field" data-testid="share-base">
      <span>
        Links open at (a viewer your team hosts, made with <code>npx mcp-inspector-harness export --viewer DIR</code>; empty: this
        inspector)
      </span>
      <input
        type="url"
        value={draft}
        placeholder="https://your-team.github.io/mcp-viewer/"
        aria-invalid={bad}
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value === "" || BASE.test(e.target.value)) onBase(e.target.value);
        }}
      />
      {bad && <span className="error small">An http or https address without #.</span>}
    </label>
  );
}

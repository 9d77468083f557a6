"use client";
import { useEffect, useState } from "react";
import { ENTRY_KINDS, type EntryKindKey } from "../../lib/record/entry-facts";
import { isNoFilter, NO_FILTER, type TimelineFilter } from "../../client/timeline-store";

export interface TimelineToolbarProps {
  filter: TimelineFilter;
  onChange(f: TimelineFilter): void;
  methods: readonly string[];
  shown: number;
  total: number;
  /** The seq after the newest entry: Clear shows only what comes from there on. */
  nextSeq: number;
}

/** Direction, kind and method filters and full-text search (applied after a short pause in typing). */
export function TimelineToolbar({ filter, onChange, methods, shown, total, nextSeq }: TimelineToolbarProps) {
  const [text, setText] = useState(filter.text);
  useEffect(() => {
    if (text === filter.text) return;
    const t = setTimeout(() => onChange({ ...filter, text }), 200);
    return () => clearTimeout(t);
  }, [text, filter, onChange]);
  const toggleKind = (k: EntryKindKey) => onChange({ ...filter, kinds: filter.kinds.includes(k) ? filter.kinds.filter((x) => x !== k) : [...filter.kinds, k] });

  return (
    <div className="timeline-toolbar">
      <div className="list-head">
        <h2 id="timeline-heading">Timeline</h2>
        <span className="muted small" data-testid="timeline-count" aria-live="off">
          {isNoFilter(filter) ? `${total} entries` : `${shown} of ${total} entries`}
        </span>
        {filter.fromSeq ? (
          <button type="button" className="btn-small" onClick={() => onChange({ ...filter, fromSeq: undefined })} title="Show the entries cleared from view again">
            Show cleared
          </button>
        ) : (
          <button type="button" className="btn-small" onClick={() => onChange({ ...filter, fromSeq: nextSeq })} disabled={total === 0} title="Hide the entries so far (the record keeps them: share links and files still hold them)">
            Clear
          </button>
        )}
      </div>
      <div className="filters" role="search" aria-label="Filter the timeline">
        <input type="search" aria-label="Search messages" placeholder="Search…" value={text} onChange={(e) => setText(e.target.value)} className="filter-search" />
        <select aria-label="Direction" value={filter.dir} onChange={(e) => onChange({ ...filter, dir: e.target.value as TimelineFilter["dir"] })}>
          <option value="all">both directions</option>
          <option value="client->server">→ to server</option>
          <option value="server->client">← from server</option>
        </select>
        <select aria-label="Method" value={filter.method} onChange={(e) => onChange({ ...filter, method: e.target.value })}>
          <option value="">all methods</option>
          {methods.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        {!isNoFilter({ ...filter, fromSeq: undefined }) && (
          <button
            type="button"
            className="btn-small"
            onClick={() => {
              setText("");
              onChange({ ...NO_FILTER, fromSeq: filter.fromSeq });
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      <div className="kind-chips" role="group" aria-label="Kinds">
        {ENTRY_KINDS.map((k) => (
          <button key={k} type="button" className={`chip chip-${k}`} aria-pressed={filter.kinds.includes(k)} onClick={() => toggleKind(k)} title={k === "error" ? "JSON-RPC error responses and tool results with isError" : undefined}>
            {k}
          </button>
        ))}
      </div>
    </div>
  );
}

"use client";
import { useEffect, useState } from "react";
import { ENTRY_KINDS, type EntryKindKey } from "../../lib/record/entry-facts";
import { isNoFilter, NO_FILTER, type TimelineFilter } from "../../client/timeline-store";
import type { AppDir } from "./app-dir-view";

export interface TimelineToolbarProps {
  filter: TimelineFilter;
  /** An MCP Apps direction chosen in the direction filter (the store's filter has only the server's). */
  appDir?: AppDir;
  onChange(f: TimelineFilter, appDir?: AppDir): void;
  methods: readonly string[];
  shown: number;
  total: number;
  /** The seq after the newest entry: Clear shows only what comes from there on. */
  nextSeq: number;
  /** HTTP housekeeping rows held (0: no toggle for them). */
  transportRows?: number;
}

/** Direction, kind and method filters and full-text search (applied after a short pause in typing). */
export function TimelineToolbar({
  filter,
  appDir,
  onChange: change,
  methods,
  shown,
  total,
  nextSeq,
  transportRows = 0,
}: TimelineToolbarProps) {
  // Every change but the direction select's keeps the App direction chosen.
  const onChange = (f: TimelineFilter) => change(f, appDir);
  const [text, setText] = useState(filter.text);
  useEffect(() => {
    if (text === filter.text) return;
    const t = setTimeout(() => change({ ...filter, text }, appDir), 200);
    return () => clearTimeout(t);
  }, [text, filter, change, appDir]);
  const toggleKind = (k: EntryKindKey) =>
    onChange({ ...filter, kinds: filter.kinds.includes(k) ? filter.kinds.filter((x) => x !== k) : [...filter.kinds, k] });

  return (
    <div className="timeline-toolbar">
      <div className="list-head">
        <h2 id="timeline-heading">Timeline</h2>
        <span className="muted small" data-testid="timeline-count" aria-live="off">
          {isNoFilter(filter) && !appDir && shown === total ? `${total} entries` : `${shown} of ${total} entries`}
        </span>
        {filter.fromSeq ? (
          <button
            type="button"
            className="btn-small"
            onClick={() => onChange({ ...filter, fromSeq: undefined })}
            title="Show the entries cleared from view again"
          >
            Show cleared
          </button>
        ) : (
          <button
            type="button"
            className="btn-small"
            onClick={() => onChange({ ...filter, fromSeq: nextSeq })}
            disabled={total === 0}
            title="Hide the entries so far (the record keeps them: share links and files still hold them)"
          >
            Clear
          </button>
        )}
      </div>
      <div className="filters" role="search" aria-label="Filter the timeline">
        <input
          type="search"
          aria-label="Search messages"
          placeholder="Search…"
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="filter-search"
        />
        <select
          aria-label="Direction"
          value={appDir ?? filter.dir}
          onChange={(e) => {
            const v = e.target.value;
            if (v === "app->host" || v === "host->app") change({ ...filter, dir: "all" }, v);
            else change({ ...filter, dir: v as TimelineFilter["dir"] });
          }}
        >
          <option value="all">all directions</option>
          <option value="client->server">→ to server</option>
          <option value="server->client">← from server</option>
          <option value="app->host">app → host</option>
          <option value="host->app">host → app</option>
        </select>
        <select
          aria-label="Method"
          className="filter-method"
          // Its width is fixed (a long method name is cut): the whole name on hover.
          title={filter.method || "all methods"}
          value={filter.method}
          onChange={(e) => onChange({ ...filter, method: e.target.value })}
        >
          <option value="">all methods</option>
          {methods.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        {(appDir || !isNoFilter({ ...filter, fromSeq: undefined })) && (
          <button
            type="button"
            className="btn-small"
            onClick={() => {
              setText("");
              change({ ...NO_FILTER, fromSeq: filter.fromSeq, foldTransport: filter.foldTransport });
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      <div className="kind-chips" role="group" aria-label="Kinds">
        {ENTRY_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className={`chip chip-${k}`}
            aria-pressed={filter.kinds.includes(k)}
            onClick={() => toggleKind(k)}
            title={k === "error" ? "JSON-RPC error responses and tool results with isError" : undefined}
          >
            {k}
          </button>
        ))}
        {transportRows > 0 && (
          <button
            type="button"
            className="chip chip-transport"
            aria-pressed={!filter.foldTransport}
            onClick={() => onChange({ ...filter, foldTransport: !filter.foldTransport })}
            title="HTTP transport rows (priming events, SSE housekeeping): folded into the request they follow unless shown"
          >
            HTTP transport ({transportRows})
          </button>
        )}
      </div>
    </div>
  );
}

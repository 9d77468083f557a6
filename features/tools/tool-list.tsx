"use client";
import { useState } from "react";
import type { Tool } from "../../lib/protocol/shapes";
import { FILTER_FROM, ListFilter, matchesFilter } from "../../components/list-filter";
import { ToolListItem } from "./tool-list-item";
import { shownName } from "../../components/shown-text";
import { useShownWindow } from "../../components/shown-window";

export interface ToolListProps {
  tools: Tool[];
  selected?: string;
  onSelect(name: string): void;
  loading: boolean;
  error?: string;
  /** The server returned a nextCursor: more pages to list. */
  hasMore: boolean;
  onLoadMore(): void;
  onRefresh(): void;
}

/** The server's tools; pages load on request, the list refreshes when the server says it changed. */
export function ToolList({ tools, selected, onSelect, loading, error, hasMore, onLoadMore, onRefresh }: ToolListProps) {
  const [query, setQuery] = useState("");
  const shown = tools.filter((t) => matchesFilter(query, [t.name, t.title, t.description]));
  // The first rows only, the picked one kept: a server's 5,000 tools are found by the filter.
  const rows = useShownWindow(shown, (t) => t.name === selected);
  return (
    <nav className="tool-list" aria-label="Tools">
      <div className="list-head">
        <h3>
          Tools <span className="muted">({tools.length})</span>
        </h3>
        <button type="button" className="btn-small" onClick={onRefresh} disabled={loading}>
          {loading ? "Listing…" : "Refresh"}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          tools/list failed: {shownName(error)}
        </p>
      )}
      {tools.length >= FILTER_FROM && (
        <ListFilter noun="tools" value={query} onChange={setQuery} shown={shown.length} total={tools.length} />
      )}
      <ul>
        {rows.items.map((t) => (
          <li key={t.name}>
            <ToolListItem tool={t} selected={t.name === selected} onSelect={() => onSelect(t.name)} />
          </li>
        ))}
      </ul>
      {rows.hidden > 0 && (
        <p className="list-window muted small" data-testid="tool-list-window">
          {rows.hidden.toLocaleString("en-US")} more {query ? "matching tools" : "tools"}: filter to find one, or{" "}
          <button type="button" className="btn-small" onClick={rows.more}>
            Show more
          </button>
        </p>
      )}
      {hasMore && (
        <button type="button" className="btn-small load-more" onClick={onLoadMore} disabled={loading}>
          Load more tools
        </button>
      )}
    </nav>
  );
}

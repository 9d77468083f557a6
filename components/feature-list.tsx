"use client";
import { useState } from "react";
import { FILTER_FROM, ListFilter, matchesFilter } from "./list-filter";
import { shownName, shownProse } from "./shown-text";

export interface FeatureListItem {
  key: string;
  label: string;
  detail?: string;
  description?: string;
}

export interface FeatureListProps {
  /** "Resources", "Resource templates", "Prompts": the heading and the accessible name. */
  title: string;
  /** The list method, for the error line. */
  method: string;
  items: FeatureListItem[];
  selected?: string;
  onSelect(key: string): void;
  loading: boolean;
  error?: string;
  hasMore: boolean;
  onLoadMore(): void;
  onRefresh(): void;
  testIdPrefix: string;
}

/** A paginated list of what a server offers (resources, templates, prompts): pick one. */
export function FeatureList({
  title,
  method,
  items,
  selected,
  onSelect,
  loading,
  error,
  hasMore,
  onLoadMore,
  onRefresh,
  testIdPrefix,
}: FeatureListProps) {
  const [query, setQuery] = useState("");
  const shown = items.filter((it) => matchesFilter(query, [it.label, it.detail, it.description]));
  return (
    <nav className="tool-list feature-list" aria-label={title}>
      <div className="list-head">
        <h3>
          {title} <span className="muted">({items.length})</span>
        </h3>
        <button type="button" className="btn-small" onClick={onRefresh} disabled={loading} aria-label={`Refresh ${title.toLowerCase()}`}>
          {loading ? "Listing…" : "Refresh"}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {method} failed: {shownProse(error)}
        </p>
      )}
      {items.length === 0 && !loading && !error && <p className="muted small">None listed.</p>}
      {items.length >= FILTER_FROM && (
        <ListFilter noun={title.toLowerCase()} value={query} onChange={setQuery} shown={shown.length} total={items.length} />
      )}
      {items.length > 0 && (
        <ul>
          {shown.map((it) => (
            <li key={it.key} className={it.key === selected ? "tool-item selected" : "tool-item"}>
              <button
                type="button"
                className="tool-item-button"
                aria-current={it.key === selected ? "true" : undefined}
                onClick={() => onSelect(it.key)}
                data-testid={`${testIdPrefix}-${it.key}`}
              >
                <span className="tool-item-name">{shownName(it.label)}</span>
                {it.detail && <code className="feature-detail">{shownName(it.detail)}</code>}
                {it.description && <span className="tool-item-desc">{shownProse(it.description)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {hasMore && (
        <button type="button" className="btn-small load-more" onClick={onLoadMore} disabled={loading}>
          Load more
        </button>
      )}
    </nav>
  );
}

"use client";

/** Lists longer than this get a filter box. */
export const FILTER_FROM = 7;

/** Whether every word of the query appears in one of the texts (case-insensitive). */
export function matchesFilter(query: string, texts: readonly (string | undefined)[]): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = texts.filter(Boolean).join("\n").toLowerCase();
  return words.every((w) => hay.includes(w));
}

export interface ListFilterProps {
  /** What is listed ("tools", "resources"): the box's accessible name is "Filter <noun>". */
  noun: string;
  value: string;
  onChange(value: string): void;
  shown: number;
  total: number;
}

/** A filter box over a long list, with how many of the list it shows. */
export function ListFilter({ noun, value, onChange, shown, total }: ListFilterProps) {
  return (
    <div className="list-filter">
      <input
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => e.key === "Escape" && onChange("")}
        placeholder={`Filter ${noun}…`}
        aria-label={`Filter ${noun}`}
        autoComplete="off"
        spellCheck={false}
      />
      {value && (
        <span className="muted small" aria-live="polite">
          {shown} of {total}
        </span>
      )}
    </div>
  );
}

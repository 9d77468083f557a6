import { useState } from "react";

/** How many rows of a long list (or blocks of a result) are put into the DOM at first, and per "Show more". */
export const WINDOW_STEP = 100;

export interface ShownWindow<T> {
  /** The first `limit` items, and `keep` if it lies beyond them (a selected row stays in sight). */
  items: T[];
  /** How many are not shown. */
  hidden: number;
  /** Show WINDOW_STEP more. */
  more(): void;
}

/**
 * The head of a long list, grown on request: 5,000 tool rows or 10,000 content blocks in the DOM
 * took seconds of one task to build and lay out (issue 91 item 4; bench figure 4s). A search
 * narrows the list before it is cut, so any row is a few keys away.
 */
export function useShownWindow<T>(all: readonly T[], keep?: (item: T) => boolean, step = WINDOW_STEP): ShownWindow<T> {
  const [limit, setLimit] = useState(step);
  const items = all.length <= limit ? [...all] : all.slice(0, limit);
  if (keep && all.length > limit && !items.some(keep)) {
    const kept = all.find(keep);
    if (kept !== undefined) items.push(kept);
  }
  return { items, hidden: Math.max(0, all.length - limit), more: () => setLimit((l) => l + step) };
}

"use client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { LintMark } from "../../client/lint-store";
import type { TimelineView } from "../../client/timeline-store";
import { TimelineRow } from "./timeline-row";
import type { AppLinkFacts } from "./app-links";

export const ROW_HEIGHT = 28;
/** Row keys cycle through this many slots (more than a tall screen's rows and the overscan). */
const ROW_SLOTS = 96;

export interface TimelineListProps {
  view: TimelineView;
  selectedSeq?: number;
  /** Changes when the selected entry should be scrolled into view. */
  focusNonce?: number;
  onSelect(seq: number): void;
  /** The lint marker of an entry (undefined: none). */
  markOf?(seq: number): LintMark | undefined;
  /** The seq of what cancelled a request (undefined: not cancelled). */
  cancelledByOf?(seq: number): number | undefined;
  /** MCP Apps: the server request an App request became, or the App request behind a server request. */
  appLinkOf?(seq: number): AppLinkFacts | undefined;
  /** A response's request hint (its tool name, its uri), undefined for anything else. */
  requestHintOf?(seq: number): string | undefined;
  /** What an empty list says: "No entries yet." when nothing was recorded, "No match for …" when a filter hides everything. */
  emptyText?: string;
}

/**
 * The virtualized list: only the rows in sight are in the DOM, rows are memoized by entry, so
 * an appended batch renders a handful of rows. Follows the newest entry while the list is
 * scrolled to the bottom; scrolling up stops that until "Newest" is pressed.
 */
export function TimelineList({
  view,
  selectedSeq,
  focusNonce,
  onSelect,
  markOf,
  cancelledByOf,
  appLinkOf,
  requestHintOf,
  emptyText = "No entries yet.",
}: TimelineListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const follow = useRef(true);
  const [following, setFollowing] = useState(true);
  const count = view.count;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // A few rows beyond the screen: every one is rebuilt on each screenful scrolled.
    overscan: 3,
    // Render the rows in their own task, not synchronously inside the scroll event: with
    // flushSync, React's work, style, layout and paint of a screenful were one long task.
    useFlushSync: false,
    // No getItemKey: a new one each render made the virtualizer recompute all 100,000 row
    // offsets on every scroll frame (its measurements are memoized on the options). Rows are
    // append-only within a view, so an index is as stable a key as the seq.
  });

  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && follow.current) el.scrollTop = el.scrollHeight;
  }, [count, view]);

  useEffect(() => {
    if (selectedSeq === undefined || focusNonce === undefined) return;
    const row = view.rowOf(selectedSeq);
    const el = scroller.current;
    if (row < 0 || !el) return;
    // A row already in sight (a click on it) leaves following as it was: selecting must not pin the
    // list, so new entries keep arriving in view (issue 39 item 6). Only a jump out of sight stops it.
    const top = row * ROW_HEIGHT;
    if (top >= el.scrollTop && top + ROW_HEIGHT <= el.scrollTop + el.clientHeight) return;
    follow.current = false;
    setFollowing(false);
    virtualizer.scrollToIndex(row, { align: "auto" });
    // Only when asked (nonce), not on every new entry.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- scroll when asked (the nonce), not when rows or the virtualizer change
  }, [focusNonce]);

  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < ROW_HEIGHT * 1.5;
    if (atBottom !== follow.current) {
      follow.current = atBottom;
      setFollowing(atBottom);
    }
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!count) return;
    const cur = selectedSeq === undefined ? -1 : view.rowOf(selectedSeq);
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 280) / ROW_HEIGHT) - 1);
    const next = { ArrowDown: cur + 1, ArrowUp: cur - 1, PageDown: cur + page, PageUp: cur - page, Home: 0, End: count - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onSelect(view.at(Math.max(0, Math.min(count - 1, next))).seq);
  };

  const items = virtualizer.getVirtualItems();
  // Rows are keyed by slot, not by entry: a row scrolled out is reused for the one scrolled in
  // (its text rewritten), so scrolling a screenful neither builds nor drops ~40 rows of DOM, whose
  // garbage made the major GCs of bench figure 3p's scroll its longest tasks (traced). Contiguous
  // indices modulo `slots` never collide while no more than `slots` rows are rendered.
  const slots = Math.max(ROW_SLOTS, items.length);
  const showFollow = !following && count > 0;
  return (
    <div className="timeline-list-wrap" data-follow-bar={showFollow || undefined}>
      <div
        ref={scroller}
        className="timeline-scroll"
        onScroll={onScroll}
        role="listbox"
        aria-label="Timeline entries"
        aria-activedescendant={selectedSeq !== undefined && view.rowOf(selectedSeq) >= 0 ? `entry-${selectedSeq}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="timeline"
      >
        {count === 0 && (
          <p className="muted timeline-empty" data-testid="timeline-empty">
            {emptyText}
          </p>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {items.map((item) => {
            const entry = view.at(item.index);
            return (
              <TimelineRow
                key={item.index % slots}
                entry={entry}
                top={item.start}
                selected={entry.seq === selectedSeq}
                onSelect={onSelect}
                mark={markOf?.(entry.seq)}
                cancelledBy={cancelledByOf?.(entry.seq)}
                appLink={appLinkOf?.(entry.seq)}
                requestHint={requestHintOf?.(entry.seq)}
              />
            );
          })}
        </div>
      </div>
      {showFollow && (
        // A bar of its own under the list, not over it: a floating button covered row text.
        <div className="follow-bar">
          <button
            type="button"
            className="btn-small follow-button"
            onClick={() => {
              follow.current = true;
              setFollowing(true);
              const el = scroller.current;
              if (el) el.scrollTop = el.scrollHeight;
            }}
          >
            ↓ Follow newest
          </button>
        </div>
      )}
    </div>
  );
}

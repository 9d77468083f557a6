"use client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useFixedRows } from "../../components/use-fixed-rows";
import type { LintMark } from "../../client/lint-store";
import type { TimelineView } from "../../client/timeline-store";
import { TimelineRow } from "./timeline-row";
import type { AppLinkFacts } from "./app-links";
import type { Verdict } from "../../lib/session/verdicts";

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
  /** How many HTTP housekeeping rows are folded into a request's row (0: none). */
  foldedOf?(seq: number): number;
  /** A recording's verdict on an entry (undefined: none). */
  verdictOf?(seq: number): Pick<Verdict, "name" | "status"> | undefined;
  /** Whether a row offers "Run again" (a request this side sent), and what it does. */
  canRunAgain?(seq: number): boolean;
  onRunAgain?(seq: number): void;
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
  foldedOf,
  verdictOf,
  canRunAgain,
  onRunAgain,
  emptyText = "No entries yet.",
}: TimelineListProps) {
  const follow = useRef(true);
  /** Where following last put the list (its scrollTop then). */
  const written = useRef(0);
  const [following, setFollowing] = useState(true);
  /** The entry a click on its row selected: it was in sight when clicked, whatever the detail then hides. */
  const clicked = useRef<number | undefined>(undefined);
  const selectRow = useCallback(
    (seq: number) => {
      clicked.current = seq;
      onSelect(seq);
    },
    [onSelect],
  );
  const count = view.count;
  // A few rows beyond the screen: every one is rebuilt on each screenful scrolled. While
  // following, the rows in sight are the last ones, rendered in the commit that adds them.
  const { attach, element, items, totalSize, viewport, scrollToIndex } = useFixedRows({
    count,
    rowHeight: ROW_HEIGHT,
    overscan: 3,
    pinnedToEnd: following,
  });

  useLayoutEffect(() => {
    if (!follow.current) return;
    // In the next frame's animation-frame callback, not now: a scrollTop set now forces a layout
    // inside this render's task; set there, it is that frame's own layout (before its paint, so
    // no frame shows the new rows unscrolled). Written, never read: the browser clamps it.
    const scroll = () => {
      const el = element();
      if (!el || !follow.current) return;
      el.scrollTop = totalSize;
      written.current = el.scrollTop;
    };
    if (typeof requestAnimationFrame !== "function") return scroll();
    const id = requestAnimationFrame(scroll);
    return () => cancelAnimationFrame(id);
    // The height too: a list that got shorter (a smaller window, a pane that grew above it) renders
    // its last rows for the new height and must be scrolled down to them, or it shows blank rows
    // at the top and hides the newest ones below.
  }, [count, view, element, totalSize, viewport]);

  useEffect(() => {
    if (selectedSeq === undefined || focusNonce === undefined) return;
    const row = view.rowOf(selectedSeq);
    const el = element();
    const wasClicked = clicked.current === selectedSeq;
    clicked.current = undefined;
    if (row < 0 || !el) return;
    // A row already in sight (a click on it) leaves following as it was: selecting must not pin the
    // list, so new entries keep arriving in view (issue 39 item 6). Only a jump out of sight stops it.
    // A clicked row counts as in sight though it is not now: the detail opening under the list in
    // this same commit made the list shorter, and its last rows are below the fold until the next
    // frame scrolls to the end again (a click on the third row from the end stopped following).
    if (wasClicked) return;
    const top = row * ROW_HEIGHT;
    if (top >= el.scrollTop && top + ROW_HEIGHT <= el.scrollTop + el.clientHeight) return;
    // The scroll event that follows says so to the state (onScroll); the ref stops following now,
    // before an entry arriving meanwhile could scroll back to the end.
    follow.current = false;
    scrollToIndex(row);
    // Only when asked (nonce), not on every new entry.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- scroll when asked (the nonce), not when rows change
  }, [focusNonce]);

  const onScroll = useCallback(() => {
    const el = element();
    if (!el) return;
    // While following, a scroll event can come between the rows growing and the next frame's
    // scroll to the end: the list is not at its bottom then, yet nobody scrolled away. Only a
    // scroll above where the list was last put ends following.
    if (follow.current && el.scrollTop >= written.current - ROW_HEIGHT * 1.5) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < ROW_HEIGHT * 1.5;
    follow.current = atBottom;
    setFollowing(atBottom);
  }, [element]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!count) return;
    const cur = selectedSeq === undefined ? -1 : view.rowOf(selectedSeq);
    const page = Math.max(1, Math.floor((viewport || 280) / ROW_HEIGHT) - 1);
    const next = { ArrowDown: cur + 1, ArrowUp: cur - 1, PageDown: cur + page, PageUp: cur - page, Home: 0, End: count - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onSelect(view.at(Math.max(0, Math.min(count - 1, next))).seq);
  };

  // Rows are keyed by slot, not by entry: a row scrolled out is reused for the one scrolled in
  // (its text rewritten), so scrolling a screenful neither builds nor drops ~40 rows of DOM, whose
  // garbage made the major GCs of bench figure 3p's scroll its longest tasks (traced). Contiguous
  // indices modulo `slots` never collide while no more than `slots` rows are rendered.
  const slots = Math.max(ROW_SLOTS, items.length);
  const showFollow = !following && count > 0;
  return (
    <div className="timeline-list-wrap" data-follow-bar={showFollow || undefined}>
      <div
        ref={attach}
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
        <div style={{ height: totalSize, position: "relative" }}>
          {items.map((item) => {
            const entry = view.at(item.index);
            return (
              <TimelineRow
                key={item.index % slots}
                entry={entry}
                top={item.start}
                selected={entry.seq === selectedSeq}
                onSelect={selectRow}
                mark={markOf?.(entry.seq)}
                cancelledBy={cancelledByOf?.(entry.seq)}
                appLink={appLinkOf?.(entry.seq)}
                requestHint={requestHintOf?.(entry.seq)}
                folded={foldedOf?.(entry.seq) || undefined}
                verdict={verdictOf?.(entry.seq)}
                onRunAgain={onRunAgain && canRunAgain?.(entry.seq) ? onRunAgain : undefined}
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
              const el = element();
              if (!el) return;
              el.scrollTop = el.scrollHeight;
              written.current = el.scrollTop;
            }}
          >
            ↓ Follow newest
          </button>
        </div>
      )}
    </div>
  );
}

import { startTransition, useCallback, useRef, useState } from "react";

export interface FixedRow {
  index: number;
  /** Offset of the row's top in the list (px). */
  start: number;
}

export interface FixedRowsOptions {
  count: number;
  rowHeight: number;
  /** Rows rendered beyond each edge of the screen. */
  overscan: number;
  /**
   * Take the rows in sight from the end of the list, not from the offset last scrolled to: a
   * list following its newest row renders that row in the commit that adds it, and scrolls
   * there itself (the timeline does in the next frame's callback, before that frame paints).
   */
  pinnedToEnd?: boolean;
}

export interface FixedRows {
  /** Give it the scroll container (a callback ref). */
  attach: (el: HTMLElement | null) => void;
  /** The scroll container, once attached. */
  element(): HTMLElement | null;
  items: FixedRow[];
  totalSize: number;
  /** Height of the scroll container (px), from its ResizeObserver; 0 before the first. */
  viewport: number;
  /** Where the rows in sight start (px): the end's offset while pinned, else the last scroll offset seen. */
  offset: number;
  /** Scroll so row `index` is in sight, moving as little as possible. */
  scrollToIndex(index: number): void;
}

/**
 * A virtualized list of rows of one fixed height. Everything is arithmetic on the count, the
 * scroll offset (taken from scroll events) and the height (from a ResizeObserver): a render reads
 * no layout, and adding rows costs nothing per row already there. @tanstack/react-virtual, used
 * before, rebuilt one measurement object per row whenever the count changed (40,000 objects a
 * frame in a flood, its minor GCs in bench figure 3f's long tasks, traced) and read the
 * container's size while rendering.
 */
export function useFixedRows({ count, rowHeight, overscan, pinnedToEnd = false }: FixedRowsOptions): FixedRows {
  const [scrolled, setScrolled] = useState(0);
  const [viewport, setViewport] = useState(0);
  const el = useRef<HTMLElement | null>(null);
  const detach = useRef<() => void>(undefined);

  const attach = useCallback((node: HTMLElement | null) => {
    detach.current?.();
    detach.current = undefined;
    el.current = node;
    if (!node) return;
    // A transition: React renders the rows for the new offset in slices after the scroll event,
    // not inside it, where its work joined the frame's layout, paint and GC marking in one task
    // (bench figure 3p's scroll, traced: 35–50 ms frames). The overscan covers a slow scroll.
    const onScroll = () => {
      const top = node.scrollTop;
      startTransition(() => setScrolled(top));
    };
    node.addEventListener("scroll", onScroll, { passive: true });
    // Read once when attached; after that the observer says (it runs after layout, so it forces none).
    setViewport(node.clientHeight);
    setScrolled(node.scrollTop);
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(() => setViewport(node.clientHeight)) : undefined;
    observer?.observe(node);
    detach.current = () => {
      node.removeEventListener("scroll", onScroll);
      observer?.disconnect();
    };
  }, []);

  const totalSize = count * rowHeight;
  const offset = pinnedToEnd ? Math.max(0, totalSize - viewport) : Math.min(scrolled, Math.max(0, totalSize - viewport));
  const items: FixedRow[] = [];
  if (count > 0) {
    const first = Math.max(0, Math.floor(offset / rowHeight) - overscan);
    const last = Math.min(count - 1, Math.ceil((offset + viewport) / rowHeight) + overscan);
    for (let i = first; i <= last; i++) items.push({ index: i, start: i * rowHeight });
  }

  const scrollToIndex = useCallback(
    (index: number) => {
      const node = el.current;
      if (!node) return;
      const top = index * rowHeight;
      const height = node.clientHeight;
      if (top < node.scrollTop) node.scrollTop = top;
      else if (top + rowHeight > node.scrollTop + height) node.scrollTop = top + rowHeight - height;
    },
    [rowHeight],
  );

  const element = useCallback(() => el.current, []);
  return { attach, element, items, totalSize, viewport, offset, scrollToIndex };
}

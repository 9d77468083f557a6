"use client";
import { useLayoutEffect, useState, type RefObject } from "react";

/** The content width of `ref`'s element, followed with a ResizeObserver (the column an App is fitted to). */
export function useColumnWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

/**
 * The size of `el` while `active` (a fullscreen App's area: what its container really is), else
 * undefined. A new object only when a dimension changes, so the host context changes only then.
 */
export function useBoxSize(el: HTMLElement | null, active: boolean): { width: number; height: number } | undefined {
  const [size, setSize] = useState<{ width: number; height: number }>();
  useLayoutEffect(() => {
    if (!el || !active) return;
    // The observer reports the box once when it starts observing, then at each change.
    const ro = new ResizeObserver(() =>
      setSize((s) =>
        s && s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight },
      ),
    );
    ro.observe(el);
    return () => ro.disconnect();
  }, [el, active]);
  return active ? size : undefined;
}

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

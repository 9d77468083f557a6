/**
 * Scrolls an App's stage into view, whole. `scrollIntoView` alone can leave it cut by a fraction of
 * a pixel: a scroll offset is a whole number of pixels while the layout is not (under a header
 * whose text makes it 36.44 px high, the center pane's viewport ends 0.44 px into a pixel), so
 * "nearest" stops 0.44 px short and the App's last row stays out of view. The rest is scrolled by a
 * whole pixel, where that does not cut the other edge.
 */
export function revealWhole(el: HTMLElement, block: "start" | "nearest"): void {
  if (typeof el.scrollIntoView !== "function") return;
  el.scrollIntoView({ block });
  const port = scrollPortOf(el);
  const pad = parseFloat(getComputedStyle(port).scrollPaddingTop) || 0;
  const portBox = port === document.scrollingElement ? { top: 0, bottom: window.innerHeight } : port.getBoundingClientRect();
  const top = Math.max(portBox.top, 0) + pad;
  const bottom = Math.min(portBox.bottom, window.innerHeight);
  const box = el.getBoundingClientRect();
  const below = box.bottom - bottom;
  const above = top - box.top;
  if (block === "nearest" && below > 0 && below < 1 && box.top - 1 >= top) port.scrollBy(0, 1);
  else if (above > 0 && above < 1) port.scrollBy(0, -1);
}

/** The element's nearest ancestor that scrolls vertically, or the document's scroller. */
function scrollPortOf(el: HTMLElement): Element {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if ((y === "auto" || y === "scroll") && p.scrollHeight > p.clientHeight) return p;
  }
  return document.scrollingElement ?? document.documentElement;
}

/** The element's top within its scroll port's content (unchanged by scrolling; changed when what is above it grows). */
export function contentTopOf(el: HTMLElement): number {
  const port = scrollPortOf(el);
  const portTop = port === document.scrollingElement ? 0 : port.getBoundingClientRect().top;
  return el.getBoundingClientRect().top - portTop + port.scrollTop;
}

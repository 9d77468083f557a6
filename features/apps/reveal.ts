/**
 * Scrolls an App's stage into view, whole. `scrollIntoView` alone can leave it cut by a fraction of
 * a pixel: a scroll offset is a whole number of pixels while the layout is not (under a header
 * whose text makes it 36.44 px high, the center pane's viewport ends 0.44 px into a pixel), so
 * "nearest" stops 0.44 px short and the App's last row stays out of view. The rest is scrolled by a
 * whole pixel, where that does not cut the other edge.
 *
 * `head` (the App's title and its controls: Reload App, Hot reload) comes into view with it: at the
 * top for "start", and for "nearest" when both fit. Left above the fold, the next click on Reload
 * App first scrolled the pane, and Chromium routes a click that follows a scroll by the frames'
 * places before it (the compositor's hit-test regions lag a frame): the click went to the App's
 * frame under the old place, a process of its own, and was lost (issue 76, apps-debug).
 */
export function revealWhole(el: HTMLElement, block: "start" | "nearest", head?: HTMLElement): void {
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
  if (!head) return;
  const headTop = head.getBoundingClientRect().top;
  const whole = el.getBoundingClientRect().bottom - headTop <= bottom - top;
  if (headTop < top && (block === "start" || whole)) port.scrollBy(0, Math.floor(headTop - top));
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

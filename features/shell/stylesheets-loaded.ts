/**
 * Resolves once the page's stylesheets have loaded (or failed, or `capMs` passed). The HTML paints
 * the boot screen from its inline style and only preloads the main stylesheets, which React
 * inserts as it hydrates (scripts/first-paint.mjs); until they are in, anything but the boot
 * screen would show unstyled. Which ones: every `<link rel="preload" as="style">` and
 * `<link rel="stylesheet">` in the document, each waited for as a stylesheet by its href.
 */
export function stylesheetsLoaded(doc: Document, capMs = 10_000): Promise<void> {
  const hrefs = new Set<string>();
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][href], link[rel="preload"][as="style"][href]'))
    hrefs.add(link.href);
  if (!hrefs.size) return Promise.resolve();
  return new Promise((resolve) => {
    const pending = new Set(hrefs);
    const watched = new WeakSet<HTMLLinkElement>();
    const settle = (href: string) => {
      pending.delete(href);
      if (!pending.size) finish();
    };
    // A stylesheet that failed counts as settled: the page still works, only less styled.
    const watch = () => {
      for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][href]')) {
        if (!pending.has(link.href) || watched.has(link)) continue;
        watched.add(link);
        if (link.sheet) settle(link.href);
        else {
          link.addEventListener("load", () => settle(link.href), { once: true });
          link.addEventListener("error", () => settle(link.href), { once: true });
        }
      }
    };
    const observer = new MutationObserver(watch);
    const timer = setTimeout(() => finish(), capMs);
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe(doc.head, { childList: true });
    watch();
  });
}

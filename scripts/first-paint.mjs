// The page's first paint from its HTML alone. Next.js puts the page's stylesheets in the head as
// render-blocking links, so the browser paints nothing until every one of them has arrived; and
// while the backend is starting (the engine loading, the target spawning) those are the requests
// that wait. The build rewrites the exported index.html:
//   - app/boot.css (the design tokens and the boot screen's few rules) inlined in the head, so
//     "Starting the inspector…" paints with the HTML, in the person's light or dark scheme;
//   - each render-blocking stylesheet link turned into a preload: fetched at once, blocking
//     nothing. React inserts the stylesheet itself when it hydrates (each one is also in the
//     page's React Server Components payload, which this checks), and the page shows nothing
//     but the boot screen until they have loaded (features/shell/stylesheets-loaded.ts).
// Anything not as expected fails the build: a Next.js that writes its HTML differently must not
// ship a page that paints unstyled or never gets its styles.

/**
 * Comments out, whitespace collapsed: the stylesheet as it goes into the HTML. Only around
 * braces and semicolons, where it never means anything (around `:` or `>` in a selector it does).
 */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};])\s*/g, "$1")
    .trim();
}

const BLOCKING = /<link rel="stylesheet" href="([^"]+)" data-precedence="[^"]*"\/>/g;
const MARK = "data-boot-style";

/** index.html with `bootCss` inlined and its stylesheets preloaded instead of render-blocking. */
export function firstPaintHtml(html, bootCss) {
  if (html.includes(MARK)) throw new Error("first-paint: this HTML was rewritten already");
  const hrefs = [...html.matchAll(BLOCKING)].map((m) => m[1]);
  if (!hrefs.length)
    throw new Error("first-paint: no render-blocking stylesheet link in the HTML (has Next.js changed how it writes them?)");
  for (const href of hrefs) {
    // React renders the stylesheet from the payload; without it the page would stay unstyled.
    if (!html.includes(`\\"rel\\":\\"stylesheet\\",\\"href\\":\\"${href}\\"`))
      throw new Error(`first-paint: ${href} is not in the page's React payload, so nothing would load it`);
  }
  const viewport = /<meta name="viewport"[^>]*\/>/.exec(html);
  if (!viewport) throw new Error("first-paint: no viewport meta in the head to put the boot style after");
  const at = viewport.index + viewport[0].length;
  const withStyle = `${html.slice(0, at)}<style ${MARK}="">${minifyCss(bootCss)}</style>${html.slice(at)}`;
  return withStyle.replace(BLOCKING, (_, href) => `<link rel="preload" as="style" href="${href}"/>`);
}

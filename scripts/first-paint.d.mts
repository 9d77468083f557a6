/** Comments out, whitespace collapsed: the stylesheet as it goes into the HTML. */
export function minifyCss(css: string): string;
/** index.html with `bootCss` inlined and its stylesheets preloaded instead of render-blocking; throws when the HTML is not as expected. */
export function firstPaintHtml(html: string, bootCss: string): string;

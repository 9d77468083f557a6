/**
 * The query this page's own scripts were served with (`?r=…`, server/bridge/page-run.ts), or "".
 * The backend makes it per run, so that no copy an earlier server on this port left in the
 * browser's cache answers a script the page loads (red-team 8 #14): every script, stylesheet and
 * frame the page loads by itself carries it too. Turbopack's runtime adds it to the chunks it
 * loads from its own `<script src>`.
 */
export function pageRunQuery(doc: Pick<Document, "querySelector"> = document): string {
  const src = doc.querySelector('script[src^="/_next/static/"]')?.getAttribute("src") ?? "";
  const q = src.indexOf("?");
  return q >= 0 ? src.slice(q) : "";
}

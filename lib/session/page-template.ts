/**
 * The read-only viewer's HTML (a page file, and the static viewer folder's index.html): one
 * inline script, its styles, and two empty data blocks a page file fills (./page-file.ts). The
 * policy lets in that one script by its hash and nothing else: no request leaves the page, so a
 * recording opened from disk or from a link's fragment stays on the machine that opens it.
 * Pure: the build (scripts/build.mjs) makes the template; the viewer reads the ids.
 */

/** The `<script type="application/json">` holding the session (empty in the static viewer). */
export const SESSION_DATA_ID = "mcp-session";
/** The lint's findings, computed where the page was written (the viewer has no schema compiler under its policy). */
export const FINDINGS_DATA_ID = "mcp-findings";

/** An empty data block as the template holds it, and the marker a page file replaces. */
export function dataBlock(id: string, json = ""): string {
  return `<script type="application/json" id="${id}">${json}</script>`;
}

/**
 * The policy: nothing from anywhere ('none'), its own inline script by hash, inline styles
 * (React sets style attributes), no base or form target. A data block is not a script, so the
 * policy need not name it; a meta policy cannot say frame-ancestors, which a file does not need.
 */
export function viewerCsp(scriptHash: string): string {
  return ["default-src 'none'", `script-src '${scriptHash}'`, "style-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'"].join(
    "; ",
  );
}

export interface ViewerParts {
  /** The viewer's bundle: must hold neither `</script` nor `<!--` (checked). */
  script: string;
  /** `sha256-<base64>` of `script`, as CSP writes it. */
  scriptHash: string;
  css: string;
}

/** The template: a page file fills its data blocks, the static viewer leaves them empty. */
export function viewerTemplate({ script, scriptHash, css }: ViewerParts): string {
  // Either would end the script element early (or put the parser in its escaped state): the
  // bundler escapes both inside strings, and this refuses a bundle where it did not.
  if (/<\/script|<!--/i.test(script)) throw new Error("the viewer's bundle holds </script or <!--: it cannot be inlined");
  if (/<\/style/i.test(css)) throw new Error("the viewer's styles hold </style");
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${viewerCsp(scriptHash)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>MCP recording (read-only)</title>",
    `<style>${css}</style>`,
    "</head>",
    "<body>",
    '<div id="root"><p>This recording needs JavaScript to be shown (it loads nothing from the network).</p></div>',
    dataBlock(SESSION_DATA_ID),
    dataBlock(FINDINGS_DATA_ID),
    `<script>${script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

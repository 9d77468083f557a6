/** Where the page's theme choice is kept (client/theme.ts writes it, the script below reads it). */
export const THEME_KEY = "mcp-inspector:theme";

/**
 * Runs in the head before anything paints, so a person who picked light or dark gets it on the
 * first frame, without a flash of the OS's scheme. Inline, so the bridge's CSP allows it by its
 * hash (the static server hashes every inline script of the HTML it serves). Tiny and
 * self-contained: it may not import anything.
 */
export const THEME_SCRIPT = `try{var t=JSON.parse(localStorage.getItem(${JSON.stringify(THEME_KEY)}));if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

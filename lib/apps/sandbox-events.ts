/**
 * What the sandbox proxy (server/apps/sandbox-page.ts) tells the page about the App's frame, outside
 * the App protocol: envelopes keyed like the CSP reporter's, never JSON-RPC, so the bridge ignores them.
 */

/** The key of the envelope the proxy posts when the App's frame loaded a second document: it navigated, and was torn down. */
export const APP_NAVIGATED_KEY = "mcp-inspector/app-navigated";

/**
 * The policy every document after the App's own must carry (the inner frame's `csp` attribute, CSP
 * Embedded Enforcement, set once the App's srcdoc navigation has started): a page that does not opt
 * in (`Allow-CSP-From`) is not rendered, and one that does runs no script, so a page an App navigated
 * to can never post to the host. A `data:`, `blob:` or reloaded document gets it too.
 */
export const NAVIGATED_FRAME_CSP = "default-src 'none'; script-src 'none'; form-action 'none'";

/** What the proxy says of a navigation: how many documents the frame had loaded (the App's is the first). */
export interface AppNavigated {
  loads: number;
}

/** The navigation report inside a frame posted by the proxy, or undefined when the frame is not one. */
export function appNavigatedOf(data: unknown): AppNavigated | undefined {
  if (typeof data !== "object" || data === null || !(APP_NAVIGATED_KEY in data)) return undefined;
  const loads = (data as Record<string, unknown>)[APP_NAVIGATED_KEY];
  const n = typeof loads === "object" && loads !== null ? (loads as Record<string, unknown>).loads : undefined;
  return { loads: typeof n === "number" && Number.isInteger(n) && n > 0 ? n : 2 };
}

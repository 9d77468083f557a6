/**
 * The launch token: read once from `?token=` (the URL the launcher printed), kept in the tab's
 * sessionStorage under this origin (features/shell/token-storage.ts) so reloads get in while it
 * lives no longer than the tab, and removed from the address bar so it is not left in history,
 * bookmarks or screenshots. Another tab opens the printed URL (or duplicates this one).
 */
export const TOKEN_PARAM = "token";

export function storageKey(origin: string): string {
  return `mcp-inspector-token:${origin}`;
}

export interface TokenEnv {
  location: { href: string; origin: string };
  history: { replaceState(data: unknown, unused: string, url?: string): void };
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem">;
}

/** Takes the token from the URL (stripping it) or from storage; undefined when there is none. */
export function takeToken(env: TokenEnv): string | undefined {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get(TOKEN_PARAM)?.trim();
  if (fromUrl) {
    safe(() => env.storage.setItem(storageKey(env.location.origin), fromUrl));
    url.searchParams.delete(TOKEN_PARAM);
    env.history.replaceState(null, "", url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return safe(() => env.storage.getItem(storageKey(env.location.origin))) || undefined;
}

/** Forget a token the backend refused (a previous run's, say). */
export function forgetToken(env: Pick<TokenEnv, "location" | "storage">): void {
  safe(() => env.storage.removeItem(storageKey(env.location.origin)));
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    // Storage can be disabled (private mode, policies); the token then lives for this page only.
    return undefined;
  }
}

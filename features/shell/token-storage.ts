"use client";
import { storageKey } from "../../client/token";

type TokenStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;
const NONE: TokenStore = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };

/**
 * Where the page keeps the launch token: this tab's sessionStorage, never localStorage. Reloads
 * keep it, and a tab another site opens with window.open starts without it (that site's link
 * opens read-only). Chromium writes sessionStorage into the profile (Session Storage) for session
 * restore, measured; there it is worthless once the launcher exits, and a reload can only get back
 * in with something kept there (e2e/launch-profile.spec.ts).
 * A token an older version left in localStorage is removed on the way.
 */
export function launchTokenStorage(w: { localStorage?: Storage; sessionStorage?: Storage; location: { origin: string } }): TokenStore {
  try {
    w.localStorage?.removeItem(storageKey(w.location.origin));
  } catch {
    // storage disabled: nothing was kept there either
  }
  try {
    return w.sessionStorage ?? NONE;
  } catch {
    return NONE;
  }
}

"use client";
import { createContext, useContext, useSyncExternalStore } from "react";
import type { Session } from "./session";
import type { Store } from "./store";

/** The page's one Session, provided by the inspector app. */
export const SessionContext = createContext<Session | null>(null);

/** The page's session: its stores and its typed commands; only under the inspector app's provider. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside <SessionContext>");
  return s;
}

/** Re-renders the caller whenever the store changes; returns its version. */
export function useStore(store: Store): number {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

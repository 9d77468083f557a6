"use client";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { AppDirection } from "../../lib/apps/app-messages";
import { AppLogStore } from "../../lib/apps/app-log-store";

/** How often the log is drawn again at most while messages come (a flood's page stays responsive, issue 50). */
const REDRAW_MS = 200;

/**
 * One App's messages, in the order the tap saw them, bounded (lib/apps/app-log-store.ts): the
 * store and stable `append` / `link` callbacks. The caller does not re-render per message: only
 * the log, through useAppLogVersion.
 */
export function useAppLog(tools: readonly { name: string; _meta?: unknown }[]) {
  const [store] = useState(() => new AppLogStore(tools, (run) => void setTimeout(run, REDRAW_MS)));
  // The lint judges each message against the latest listing, not the first render's.
  useEffect(() => store.setTools(tools), [store, tools]);
  const append = useCallback((dir: AppDirection, message: unknown) => void store.append(dir, message), [store]);
  const link = useCallback((appId: unknown, serverSeq: number | undefined) => store.link(appId, serverSeq), [store]);
  return { store, append, link };
}

/**
 * The store's version (a new one at most every REDRAW_MS however many messages came), for the
 * log alone: under a flood the whole App panel (its form, its stage) was drawn again per animation
 * frame, and the page's tasks grew past 50 ms (figure 8's flood row).
 */
export function useAppLogVersion(store: AppLogStore): number {
  return useSyncExternalStore(
    useCallback((l: () => void) => store.subscribe(l), [store]),
    () => store.version,
    () => store.version,
  );
}

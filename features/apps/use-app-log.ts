"use client";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { AppDirection } from "../../lib/apps/app-messages";
import { AppLogStore } from "../../lib/apps/app-log-store";

/**
 * One App's messages, in the order the tap saw them, bounded (lib/apps/app-log-store.ts): the
 * store, its version (a re-render at most once per animation frame however many messages came),
 * and stable `append` / `link` callbacks.
 */
export function useAppLog(tools: readonly { name: string; _meta?: unknown }[]) {
  const [store] = useState(() => new AppLogStore(tools, (run) => void requestAnimationFrame(run)));
  // The lint judges each message against the latest listing, not the first render's.
  useEffect(() => store.setTools(tools), [store, tools]);
  const version = useSyncExternalStore(
    useCallback((l: () => void) => store.subscribe(l), [store]),
    () => store.version,
    () => store.version,
  );
  const append = useCallback((dir: AppDirection, message: unknown) => void store.append(dir, message), [store]);
  const link = useCallback((appId: unknown, serverSeq: number | undefined) => store.link(appId, serverSeq), [store]);
  return { store, version, append, link };
}

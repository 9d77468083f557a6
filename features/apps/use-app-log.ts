"use client";
import { useCallback, useRef, useState } from "react";
import type { AppDirection, AppMessage } from "../../lib/apps/app-messages";
import { idOf, methodOf } from "../../lib/apps/app-messages";

/**
 * One App's messages, in the order the tap saw them. Entries are appended, never edited; a link
 * from an App request to the server request it caused is kept beside them, by the App message's `n`.
 */
export function useAppLog() {
  const [log, setLog] = useState<AppMessage[]>([]);
  const [links, setLinks] = useState<ReadonlyMap<number, number>>(new Map());
  const next = useRef(1);
  const byId = useRef(new Map<string, number>());
  const append = useCallback((dir: AppDirection, message: unknown) => {
    const n = next.current++;
    const id = idOf(message);
    if (dir === "app->host" && id !== undefined && methodOf(message)) byId.current.set(String(id), n);
    setLog((l) => [...l, { n, t: Date.now(), dir, message }]);
  }, []);
  /** The App request with this JSON-RPC id made the inspector send record entry `serverSeq`. */
  const link = useCallback((appId: unknown, serverSeq: number | undefined) => {
    const n = appId === undefined ? undefined : byId.current.get(String(appId));
    if (n !== undefined && serverSeq !== undefined) setLinks((m) => new Map(m).set(n, serverSeq));
  }, []);
  return { log, links, append, link };
}

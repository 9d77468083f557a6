"use client";
import { useEffect, useRef, useState } from "react";
import { useSession } from "../../client/session-context";
import { useSessionState } from "../../client/hooks";
import { asRecord } from "../../lib/json/shape";

/**
 * Hot reload of one App: while the connection holds a subscription to its `ui://` resource (the
 * App panel's "Hot reload" box, or one made in the Resources tab), each notifications/resources/updated
 * for it calls `onUpdated` with that notification's record seq. Only updates that arrive after the
 * App was shown count. `available` is false when the server does not declare resources.subscribe.
 */
export function useHotReload(uri: string, onUpdated: (seq: number) => void) {
  const session = useSession();
  const state = useSessionState();
  const connected = state?.status === "connected";
  const sub = connected ? state.subscriptions?.resources.find((s) => s.uri === uri) : undefined;
  const available = connected && asRecord(state.negotiated?.serverCapabilities.resources).subscribe === true;
  const [error, setError] = useState<string>();
  const last = useRef<number | undefined>(undefined);
  const seen = useRef(false);
  const latest = useRef(onUpdated);
  useEffect(() => {
    latest.current = onUpdated;
  });
  const seq = sub?.lastUpdate?.seq;
  useEffect(() => {
    // The first look takes what was there as already seen: only later updates reload the App.
    if (!seen.current) {
      seen.current = true;
      last.current = seq;
      return;
    }
    if (seq === undefined || seq === last.current) return;
    last.current = seq;
    latest.current(seq);
  }, [seq]);
  const on = sub !== undefined && sub.status !== "failed" && sub.status !== "unsubscribing";
  const toggle = () => {
    setError(undefined);
    const cmd = on ? session.command({ type: "unsubscribe-resource", uri }) : session.command({ type: "subscribe-resource", uri });
    cmd.catch((e: unknown) => setError((e as Error).message));
  };
  return { available, on, busy: sub?.status === "subscribing" || sub?.status === "unsubscribing", error: error ?? sub?.error, toggle };
}

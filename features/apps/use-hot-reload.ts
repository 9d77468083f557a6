"use client";
import { useEffect, useRef, useState } from "react";
import { useSession } from "../../client/session-context";
import { useSessionState } from "../../client/hooks";
import { asRecord } from "../../lib/json/shape";

/** A burst of updates reloads once, this long after its last one (an editor's save often writes twice)... */
export const HOT_RELOAD_QUIET_MS = 100;
/** ...or this long after its first, for a server that never stops sending. */
export const HOT_RELOAD_MAX_WAIT_MS = 500;

/**
 * Hot reload of one App: while the connection holds a subscription to its `ui://` resource (the
 * App panel's "Hot reload" box, or one made in the Resources tab), notifications/resources/updated
 * for it call `onUpdated` with the newest one's record seq, once per burst (HOT_RELOAD_QUIET_MS
 * after the last, HOT_RELOAD_MAX_WAIT_MS after the first at most). Before, each render that saw a
 * newer update reloaded, so a burst of 200 reloaded as often as the page rendered meanwhile: 30-40
 * reads on a quiet machine and 107 on a loaded one. Only updates that arrive after the App was
 * shown count. `available` is false when the server does not declare resources.subscribe.
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
  /** The burst being waited out: when its first update came, and the timer that ends it. */
  const burst = useRef<{ since: number; timer: ReturnType<typeof setTimeout> } | undefined>(undefined);
  useEffect(() => {
    // The first look takes what was there as already seen: only later updates reload the App.
    if (!seen.current) {
      seen.current = true;
      last.current = seq;
      return;
    }
    if (seq === undefined || seq === last.current) return;
    last.current = seq;
    const now = Date.now();
    const since = burst.current?.since ?? now;
    if (burst.current) clearTimeout(burst.current.timer);
    const wait = Math.max(0, Math.min(HOT_RELOAD_QUIET_MS, since + HOT_RELOAD_MAX_WAIT_MS - now));
    const timer = setTimeout(() => {
      burst.current = undefined;
      latest.current(last.current!);
    }, wait);
    burst.current = { since, timer };
  }, [seq]);
  // A panel that goes away reloads nothing.
  useEffect(() => () => burst.current && clearTimeout(burst.current.timer), []);
  const on = sub !== undefined && sub.status !== "failed" && sub.status !== "unsubscribing";
  const toggle = () => {
    setError(undefined);
    const cmd = on ? session.command({ type: "unsubscribe-resource", uri }) : session.command({ type: "subscribe-resource", uri });
    cmd.catch((e: unknown) => setError((e as Error).message));
  };
  return { available, on, busy: sub?.status === "subscribing" || sub?.status === "unsubscribing", error: error ?? sub?.error, toggle };
}

"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { AuthEntry, Entry } from "../lib/record/format";
import { NO_FILTER, type TimelineStore } from "./timeline-store";
import { useSession, useStore } from "./session-context";
import { keys } from "./query-keys";

/** What has been scanned of one timeline store: auth entries are few, the record may be long. */
interface Scan {
  scanned: number;
  lastSeq: number;
  list: readonly AuthEntry[];
}
const scans = new WeakMap<TimelineStore, Scan>();

/**
 * The record's `auth` entries (the OAuth flow's steps), in order. Each new batch of entries is
 * scanned once; the same array comes back until an auth entry arrives, so views re-render only then.
 */
export function useAuthEntries(): readonly AuthEntry[] {
  const { timeline } = useSession();
  const version = useStore(timeline);
  return useMemo(() => authEntriesOf(timeline), [timeline, version]); // eslint-disable-line react-hooks/exhaustive-deps -- `version` is the store's change count: the entries are read from the store itself
}

/** The auth entries of a store, extending the last scan (started again when the store was reset). */
export function authEntriesOf(timeline: TimelineStore): readonly AuthEntry[] {
  const view = timeline.view(NO_FILTER);
  let scan = scans.get(timeline);
  // A reset store (the backend restarted) starts over: fewer entries, or a different one at the same place.
  if (!scan || view.count < scan.scanned || (scan.scanned > 0 && view.at(scan.scanned - 1).seq !== scan.lastSeq))
    scan = { scanned: 0, lastSeq: 0, list: [] };
  let list = scan.list;
  const found: AuthEntry[] = [];
  for (let i = scan.scanned; i < view.count; i++) {
    const e: Entry = view.at(i);
    if (e.kind === "auth") found.push(e);
  }
  if (found.length) list = [...list, ...found];
  const next = { scanned: view.count, lastSeq: view.count ? view.at(view.count - 1).seq : 0, list };
  scans.set(timeline, next);
  return list;
}

/** forget-authorization: the backend drops the tokens it holds for this target; the state comes back. */
export function useForgetAuthorization() {
  const session = useSession();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => session.command({ type: "forget-authorization" }),
    onSuccess: (s) => qc.setQueryData(keys.state, s),
  });
}

"use client";
import { useSyncExternalStore } from "react";
import { LintStore, entrySourceOf } from "./lint-store";
import type { TimelineStore } from "./timeline-store";

const live = new WeakMap<TimelineStore, LintStore>();

/** The live lint of a timeline store: one per store, started on first use, kept for the page's life. */
export function lintStoreFor(store: TimelineStore): LintStore {
  let lint = live.get(store);
  if (!lint) {
    lint = new LintStore(entrySourceOf(store)).start();
    live.set(store, lint);
  }
  return lint;
}

/** Re-renders the caller when the lint has new findings (at most once per linted slice). */
export function useLintVersion(lint: LintStore | undefined): number {
  return useSyncExternalStore(lint?.subscribe ?? noSubscribe, lint?.getVersion ?? zero, lint?.getVersion ?? zero);
}

const noSubscribe = () => () => undefined;
const zero = () => 0;

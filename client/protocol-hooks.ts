"use client";
import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { SessionState } from "../lib/wire/session-state";
import { useSession } from "./connection-context";
import type { InspectorConnection } from "./connection";
import type { RequestOutcome } from "../lib/protocol/shapes";
import { ProtocolFeed } from "./protocol-feed";
import { completionQuery, promptsQuery, resourcesQuery, resourceTemplatesQuery, type CompletionRef } from "./protocol-queries";
import type { TimelineStore } from "./timeline-store";

const feeds = new WeakMap<TimelineStore, ProtocolFeed>();

/** The page's protocol feed (one per timeline store), and a re-render per batch of entries. */
export function useFeed(): { feed: ProtocolFeed; version: number } {
  const { store } = useSession();
  let feed = feeds.get(store);
  if (!feed) {
    feed = new ProtocolFeed(store);
    feeds.set(store, feed);
  }
  useEffect(() => feed.start(), [feed]);
  const version = useSyncExternalStore(feed.subscribe, feed.getVersion, feed.getVersion);
  return { feed, version };
}

/** The server capabilities of the live connection (undefined when not connected). */
export function serverCaps(state: SessionState | undefined): Record<string, unknown> | undefined {
  return state?.status === "connected" ? state.negotiated?.serverCapabilities : undefined;
}

function has(state: SessionState | undefined, cap: string): boolean {
  return serverCaps(state)?.[cap] !== undefined;
}

export function useResources(state: SessionState | undefined) {
  const { conn } = useSession();
  return useInfiniteQuery({ ...resourcesQuery(conn, state?.generation ?? 0), enabled: has(state, "resources") });
}

export function useResourceTemplates(state: SessionState | undefined) {
  const { conn } = useSession();
  return useInfiniteQuery({ ...resourceTemplatesQuery(conn, state?.generation ?? 0), enabled: has(state, "resources") });
}

export function usePrompts(state: SessionState | undefined) {
  const { conn } = useSession();
  return useInfiniteQuery({ ...promptsQuery(conn, state?.generation ?? 0), enabled: has(state, "prompts") });
}

/** The value after it stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms = 200): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** completion/complete for one argument, when the server declared completions. */
export function useCompletion(state: SessionState | undefined, ref: CompletionRef, argument: string, value: string, context: Record<string, string>) {
  const { conn } = useSession();
  const debounced = useDebounced(value);
  return useQuery({ ...completionQuery(conn, state?.generation ?? 0, ref, argument, debounced, context), enabled: has(state, "completions") });
}

export interface RequestVars {
  method: string;
  params?: Record<string, unknown>;
}

/** Any client->server request through the backend (timing from the page's settings). */
export function useRequest<T = unknown>() {
  const { conn } = useSession();
  return useMutation({ mutationFn: (v: RequestVars) => sendRequest<T>(conn, v) });
}

export function sendRequest<T>(conn: InspectorConnection, v: RequestVars): Promise<RequestOutcome<T>> {
  return conn.command<RequestOutcome<T>>({ type: "request", method: v.method, ...(v.params ? { params: v.params } : {}) });
}

/** A client->server notification. */
export function useNotify() {
  const { conn } = useSession();
  return useMutation({ mutationFn: (v: RequestVars) => conn.command<null>({ type: "notify", method: v.method, ...(v.params ? { params: v.params } : {}) }) });
}

"use client";
import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { SessionState } from "../lib/session/state";
import type { RequestOutcome } from "../lib/wire/outcomes";
import { useSession, useStore } from "./session-context";
import type { ProtocolFeed } from "./protocol-feed";
import type { Session } from "./session";
import { completionQuery, promptsQuery, resourcesQuery, resourceTemplatesQuery, type CompletionRef } from "./protocol-queries";

/** The session's protocol feed, and a re-render per batch of entries. */
export function useFeed(): { feed: ProtocolFeed; version: number } {
  const { feed } = useSession();
  const version = useStore(feed);
  return { feed, version };
}

/** The server capabilities of the live connection (undefined when not connected). */
export function serverCaps(state: SessionState | undefined): Record<string, unknown> | undefined {
  return state?.status === "connected" ? state.negotiated?.serverCapabilities : undefined;
}

function has(state: SessionState | undefined, cap: string): boolean {
  return serverCaps(state)?.[cap] !== undefined;
}

/**
 * resources/list, when the server has resources. `wanted: false` reads only what is cached (no
 * request): a view that merely might use the list (Chat's context picker) sends none until asked.
 */
export function useResources(state: SessionState | undefined, wanted = true) {
  const session = useSession();
  return useInfiniteQuery({ ...resourcesQuery(session, state?.generation ?? 0), enabled: wanted && has(state, "resources") });
}

export function useResourceTemplates(state: SessionState | undefined) {
  const session = useSession();
  return useInfiniteQuery({ ...resourceTemplatesQuery(session, state?.generation ?? 0), enabled: has(state, "resources") });
}

/** prompts/list, when the server has prompts; `wanted` as in useResources. */
export function usePrompts(state: SessionState | undefined, wanted = true) {
  const session = useSession();
  return useInfiniteQuery({ ...promptsQuery(session, state?.generation ?? 0), enabled: wanted && has(state, "prompts") });
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
export function useCompletion(
  state: SessionState | undefined,
  ref: CompletionRef,
  argument: string,
  value: string,
  context: Record<string, string>,
) {
  const session = useSession();
  const debounced = useDebounced(value);
  return useQuery({
    ...completionQuery(session, state?.generation ?? 0, ref, argument, debounced, context),
    enabled: has(state, "completions"),
  });
}

export interface RequestVars {
  method: string;
  params?: Record<string, unknown>;
}

/** Any client->server request through the backend (timing from the page's settings). */
export function useRequest() {
  const session = useSession();
  return useMutation({ mutationFn: (v: RequestVars) => sendRequest(session, v) });
}

/** A request command; the result is the target's, untrusted: the caller checks what it reads. */
export function sendRequest(session: Session, v: RequestVars): Promise<RequestOutcome> {
  return session.command({ type: "request", method: v.method, ...(v.params ? { params: v.params } : {}) });
}

/** A client->server notification. */
export function useNotify() {
  const session = useSession();
  return useMutation({
    mutationFn: (v: RequestVars) => session.command({ type: "notify", method: v.method, ...(v.params ? { params: v.params } : {}) }),
  });
}

"use client";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useSyncExternalStore } from "react";
import type { ConnectSpecInput } from "../lib/target/target";
import type { SessionState } from "../lib/wire/session-state";
import type { JsonRpcError, ToolCallOutcome } from "../lib/wire/protocol";
import { useSession } from "./connection-context";
import type { ConnectionSnapshot } from "./connection";
import { keys } from "./query-keys";
import { sessionStateQuery, toolsQuery } from "./queries";

export function useSessionState(): SessionState | undefined {
  const { conn } = useSession();
  return useQuery(sessionStateQuery(conn)).data;
}

export function useSocketStatus(): ConnectionSnapshot {
  const { conn } = useSession();
  return useSyncExternalStore(conn.subscribe, conn.getSnapshot, conn.getSnapshot);
}

/** Re-renders the caller once per appended batch of entries. */
export function useTimelineVersion(): number {
  const { store } = useSession();
  return useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
}

export function useTools(state: SessionState | undefined) {
  const { conn } = useSession();
  const connected = state?.status === "connected";
  const hasTools = connected && state?.negotiated?.serverCapabilities?.tools !== undefined;
  return useInfiniteQuery({ ...toolsQuery(conn, state?.generation ?? 0), enabled: hasTools });
}

/** connect / disconnect / restart; the resulting state also arrives through the socket. */
export function useSessionCommands() {
  const { conn } = useSession();
  const qc = useQueryClient();
  const put = (s: SessionState) => qc.setQueryData(keys.state, s);
  const connect = useMutation({ mutationFn: (spec: ConnectSpecInput) => conn.command<SessionState>({ type: "connect", spec }), onSuccess: put });
  const disconnect = useMutation({ mutationFn: () => conn.command<SessionState>({ type: "disconnect" }), onSuccess: put });
  const restart = useMutation({ mutationFn: () => conn.command<SessionState>({ type: "restart" }), onSuccess: put });
  return { connect, disconnect, restart };
}

export interface CallToolVars {
  name: string;
  arguments: Record<string, unknown>;
  /** `_meta` for the request (the backend adds the progress token). */
  meta?: Record<string, unknown>;
  /** Run as a task (2025-11-25): the result is then a CreateTaskResult. */
  task?: { ttl?: number };
}

/** tools/call through the backend's call-tool command, so the outputSchema verdict comes back. */
export function useCallTool() {
  const { conn, store } = useSession();
  const inflight = useRef<string | undefined>(undefined);
  /** The record's last seq when the call was sent: its request entry comes after (for progress). */
  const sentAfter = useRef(0);
  const call = useMutation({
    mutationKey: ["call-tool"],
    mutationFn: (v: CallToolVars) => {
      inflight.current = conn.nextCommandId();
      sentAfter.current = store.lastSeq;
      return conn.command<ToolCallOutcome>({ type: "call-tool", name: v.name, arguments: v.arguments, ...(v.meta ? { meta: v.meta } : {}), ...(v.task ? { task: v.task } : {}) });
    },
  });
  /** Cancels the call in flight (the backend sends notifications/cancelled to the target). */
  const cancel = () => {
    if (inflight.current) void conn.command({ type: "cancel", target: inflight.current, reason: "cancelled from the inspector page" }).catch(() => undefined);
  };
  return { call, cancel, sentAfter };
}

export interface AnswerVars {
  pendingId: string;
  result?: Record<string, unknown>;
  error?: JsonRpcError;
}

/** Answer a request the target sent (sampling, elicitation, roots). */
export function useAnswer() {
  const { conn } = useSession();
  return useMutation({ mutationFn: (v: AnswerVars) => conn.command<null>({ type: "answer", ...v }) });
}

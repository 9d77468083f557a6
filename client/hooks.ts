"use client";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import type { ConnectSpecInput } from "../lib/target/target";
import type { SessionState } from "../lib/session/state";
import type { CommandType, JsonRpcError } from "../lib/wire/protocol";
import type { ReplyOf } from "../lib/wire/replies";
import type { ToolCallOutcome } from "../lib/wire/outcomes";
import type { Accepted } from "../lib/wire/client";
import type { PageCommand } from "./session";
import { useSession, useStore } from "./session-context";
import type { ConnectionSnapshot } from "./connection";
import { keys } from "./query-keys";
import { sessionStateQuery, toolsQuery } from "./queries";

export function useSessionState(): SessionState | undefined {
  const session = useSession();
  return useQuery(sessionStateQuery(session)).data;
}

export function useSocketStatus(): ConnectionSnapshot {
  const { connection } = useSession();
  useStore(connection);
  return connection.current;
}

/** Re-renders the caller once per appended batch of entries. */
export function useTimelineVersion(): number {
  return useStore(useSession().timeline);
}

/**
 * tools/list, when the server has tools. `wanted: false` reads only what is cached (no request):
 * a view that merely might use the list (Chat, before a tool was called) sends none by opening.
 */
export function useTools(state: SessionState | undefined, wanted = true) {
  const session = useSession();
  const connected = state?.status === "connected";
  const hasTools = connected && state?.negotiated?.serverCapabilities?.tools !== undefined;
  return useInfiniteQuery({ ...toolsQuery(session, state?.generation ?? 0), enabled: wanted && hasTools });
}

/** connect / disconnect / restart; the resulting state also arrives through the socket. */
export function useSessionCommands() {
  const session = useSession();
  const qc = useQueryClient();
  const put = (s: SessionState) => qc.setQueryData(keys.state, s);
  const connect = useMutation({ mutationFn: (spec: ConnectSpecInput) => session.command({ type: "connect", spec }), onSuccess: put });
  const disconnect = useMutation({ mutationFn: () => session.command({ type: "disconnect" }), onSuccess: put });
  const restart = useMutation({ mutationFn: () => session.command({ type: "restart" }), onSuccess: put });
  return { connect, disconnect, restart };
}

/** A command in flight, as the page follows it: its id (to cancel it), then where its request went. */
export interface Inflight {
  id: string;
  /** Its request's record seq and progress token, once the backend sent it to the target. */
  accepted?: Accepted;
  /** A big result's preview (its long strings cut), while the whole of it is still on its way. */
  preview?: unknown;
}

/** Follows the command a component has in flight (one at a time: a tool runner, the raw composer). */
export function useInflight() {
  const [inflight, setInflight] = useState<Inflight>();
  const follow = useCallback(<K extends CommandType>(sent: PageCommand<K>): Promise<ReplyOf<K>> => {
    const mine = (cur: Inflight | undefined) => cur?.id === sent.id;
    setInflight({ id: sent.id });
    void sent.accepted.then((accepted) => accepted && setInflight((cur) => (mine(cur) ? { ...cur, id: sent.id, accepted } : cur)));
    void sent.preview?.then((preview) => preview && setInflight((cur) => (mine(cur) ? { ...cur, id: sent.id, preview } : cur)));
    return sent.reply.finally(() => setInflight((cur) => (mine(cur) ? undefined : cur)));
  }, []);
  return { inflight, follow };
}

export interface CallToolVars {
  name: string;
  arguments: Record<string, unknown>;
  /** `_meta` for the request (the backend adds the progress token). */
  meta?: Record<string, unknown>;
  /** Run as a task (2025-11-25): the result is then a CreateTaskResult. */
  task?: { ttl?: number };
}

/**
 * tools/call through the backend's call-tool command, so the outputSchema verdict comes back.
 * `inflight` names the call by its own command id and, once accepted, its progress token.
 */
export function useCallTool() {
  const session = useSession();
  const { inflight, follow } = useInflight();
  const call = useMutation({
    mutationKey: ["call-tool"],
    mutationFn: (v: CallToolVars) =>
      follow(
        session.send({
          type: "call-tool",
          name: v.name,
          arguments: v.arguments,
          ...(v.meta ? { meta: v.meta } : {}),
          ...(v.task ? { task: v.task } : {}),
        }),
      ),
  });
  /** Cancels this call (the backend sends notifications/cancelled to the target). */
  const cancel = () => {
    if (inflight) void session.cancel(inflight.id, "cancelled from the inspector page").catch(() => undefined);
  };
  /** The start of a big result, shown while the whole of it is still arriving (undefined otherwise). */
  const preview = call.isPending ? (inflight?.preview as ToolCallOutcome | undefined) : undefined;
  return { call, cancel, inflight, preview };
}

export interface AnswerVars {
  pendingId: string;
  result?: Record<string, unknown>;
  error?: JsonRpcError;
}

/** Answer a request the target sent (sampling, elicitation, roots). */
export function useAnswer() {
  const session = useSession();
  return useMutation({ mutationFn: (v: AnswerVars) => session.command({ type: "answer", ...v }) });
}

/** Where a request sent again from the timeline is: sent, in the record as `requestSeq`, then ended. */
export interface SentAgain {
  /** The entry it was sent again from. */
  fromSeq: number;
  requestSeq?: number;
  responseSeq?: number;
  /** Why it did not get a result (a JSON-RPC error, not connected, cancelled). */
  error?: string;
  done: boolean;
}

/**
 * Send a recorded request again through the `request` command (as the Raw tab sends): the new
 * request's record seq arrives with `accepted`, so the timeline can jump to it before the answer.
 */
export function useSendAgain() {
  const session = useSession();
  const [sent, setSent] = useState<SentAgain & { n: number }>();
  const count = useRef(0);
  const send = useCallback(
    (fromSeq: number, v: { method: string; params?: Record<string, unknown>; progress?: boolean }) => {
      const n = ++count.current;
      // Only the latest send is shown: an older one ending later does not overwrite it.
      const update = (patch: Partial<SentAgain>) => setSent((cur) => (cur?.n === n ? { ...cur, ...patch } : cur));
      setSent({ n, fromSeq, done: false });
      const cmd = session.send({
        type: "request",
        method: v.method,
        ...(v.params ? { params: v.params } : {}),
        ...(v.progress ? { progress: true } : {}),
      });
      void cmd.accepted.then((a) => a && update({ requestSeq: a.requestSeq }));
      cmd.reply.then(
        (out) =>
          update({ ...(out.requestSeq !== undefined ? { requestSeq: out.requestSeq } : {}), responseSeq: out.responseSeq, done: true }),
        (e: unknown) => update({ error: e instanceof Error ? e.message : String(e), done: true }),
      );
    },
    [session],
  );
  return { sent, send };
}

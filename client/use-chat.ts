"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import type { ApprovalMode, ChatContext, ChatStop, ModelFailure, ModelsInfo, WaitingCall } from "../lib/wire/chat";
import type { KeyVariable } from "../lib/model/spec";
import type { ModelEvent } from "../lib/model/events";
import { useSession, useStore } from "./session-context";
import { NO_FILTER, type TimelineStore } from "./timeline-store";

const modelsKey = ["models-info"] as const;

/** A recorded model event with the seq of its record entry. */
export interface SeqEvent {
  seq: number;
  event: ModelEvent;
}

/** The models given with --model and which key variables the backend holds (never a key). */
export function useModelsInfo() {
  const session = useSession();
  return useQuery({
    queryKey: modelsKey,
    // Asked once the socket is open: a Chat tab shown while the page is still connecting (or
    // reconnecting) waits for it rather than keeping "not connected" as the answer.
    queryFn: async () => {
      await session.connection.whenOpen(MODELS_WAIT_MS);
      return session.command({ type: "models-info" });
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** How long the models question waits for the page's socket before it says the backend is not there. */
const MODELS_WAIT_MS = 30_000;

/**
 * Hand a typed key to the backend, which holds it in memory for this process: the page keeps no
 * copy (no storage, no state after this call), so a reload or a share link never carries it.
 */
export function useSetModelKey() {
  const session = useSession();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { variable: KeyVariable; key: string }) => session.command({ type: "model-key", ...v }),
    onSuccess: (info: ModelsInfo) => qc.setQueryData(modelsKey, info),
  });
}

/** What has been read of each timeline store's model entries: each entry is scanned once. */
const scans = new WeakMap<TimelineStore, { scanned: number; events: SeqEvent[] }>();

/** The store's `model` entries, in order; a new array only when one arrived. */
export function modelEventsOf(store: TimelineStore): readonly SeqEvent[] {
  let c = scans.get(store);
  // A reset store (a new backend process) starts over.
  if (!c || store.size < c.scanned) scans.set(store, (c = { scanned: 0, events: [] }));
  const view = store.view(NO_FILTER);
  const fresh: SeqEvent[] = [];
  for (let i = c.scanned; i < view.count; i++) {
    const e = view.at(i);
    if (e.kind === "model") fresh.push({ seq: e.seq, event: e.model });
  }
  c.scanned = view.count;
  if (fresh.length) c.events = [...c.events, ...fresh];
  return c.events;
}

/** The record's `model` entries, re-read as entries arrive. */
export function useModelEvents(store: TimelineStore): readonly SeqEvent[] {
  const version = useStore(store);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the store changes in place; `version` says when
  return useMemo(() => modelEventsOf(store), [store, version]);
}

/** Where the live turn of a conversation stands, as the page last heard. */
export type TurnView = { busy: boolean; waiting: readonly WaitingCall[]; failure?: ModelFailure; deciding?: string };

/**
 * One conversation's turns: send the person's message, decide each waiting tool call, stop.
 * Each command's reply says where the turn stopped; what was said is in the record.
 */
export function useChatTurn(conversation: string) {
  const session = useSession();
  const [turn, setTurn] = useState<TurnView>({ busy: false, waiting: [] });
  const land = useCallback((p: Promise<ChatStop>) => {
    p.then(
      (stop) =>
        setTurn(
          stop.state === "waiting"
            ? { busy: false, waiting: stop.calls }
            : stop.state === "failed"
              ? { busy: false, waiting: [], failure: stop.error }
              : { busy: false, waiting: [] },
        ),
      (e: unknown) =>
        setTurn({ busy: false, waiting: [], failure: { kind: "provider", message: e instanceof Error ? e.message : String(e) } }),
    );
  }, []);
  const send = useCallback(
    (v: { model: string; text: string; approval: ApprovalMode; context?: ChatContext[] }) => {
      setTurn({ busy: true, waiting: [] });
      land(session.command({ type: "chat-send", conversation, ...v }));
    },
    [session, conversation, land],
  );
  const decide = useCallback(
    (callId: string, decision: "approved" | "denied") => {
      setTurn((t) => ({ ...t, busy: true, deciding: callId }));
      land(session.command({ type: "chat-decide", conversation, callId, decision }));
    },
    [session, conversation, land],
  );
  const stop = useCallback(() => void session.command({ type: "chat-stop", conversation }).catch(() => undefined), [session, conversation]);
  return { turn, send, decide, stop, reset: () => setTurn({ busy: false, waiting: [] }) };
}

"use client";
import { useState } from "react";
import type { ResourceSubscription, SessionState } from "../../lib/session/state";
import { useSession } from "../../client/session-context";

export interface ResourceSubscriptions {
  /** The URIs subscribed in this connection (while being subscribed or unsubscribed too). */
  subscribed: string[];
  /** A subscribe or unsubscribe of this URI is under way. */
  busy(uri: string): boolean;
  /** Why this URI's subscription (or its unsubscribe) failed, or why the command did. */
  errorOf(uri: string): string | undefined;
  subscribe(uri: string): void;
  unsubscribe(uri: string): void;
}

/**
 * Resource subscriptions as the engine keeps them (server/engine/subscriptions.ts: the era's
 * protocol, the listens, updates): the state shows them, the commands change them.
 */
export function useResourceSubscriptions(state: SessionState | undefined): ResourceSubscriptions {
  const session = useSession();
  const all: ResourceSubscription[] = state?.status === "connected" ? (state.subscriptions?.resources ?? []) : [];
  // A command the backend refused (not connected, the socket dropped): its connection's, by URI.
  const [refused, setRefused] = useState<{ generation: number; uri: string; text: string }>();
  const generation = state?.generation ?? 0;
  const find = (uri: string) => all.find((s) => s.uri === uri);
  const run = (uri: string, command: Promise<unknown>) => {
    setRefused(undefined);
    command.catch((e: unknown) => setRefused({ generation, uri, text: (e as Error).message }));
  };
  return {
    subscribed: all.filter((s) => s.status !== "failed").map((s) => s.uri),
    busy: (uri) => ["subscribing", "unsubscribing"].includes(find(uri)?.status ?? ""),
    errorOf: (uri) => (refused?.generation === generation && refused.uri === uri ? refused.text : find(uri)?.error),
    subscribe: (uri) => run(uri, session.command({ type: "subscribe-resource", uri })),
    unsubscribe: (uri) => run(uri, session.command({ type: "unsubscribe-resource", uri })),
  };
}

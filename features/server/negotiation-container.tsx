"use client";
import { EmptyState } from "../../components/empty-state";
import { NegotiationView } from "./negotiation-view";
import type { SessionState } from "../../lib/wire/session-state";

/** The Server tab: what was negotiated at initialize. */
export function NegotiationContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  if (!state) return <EmptyState title="Waiting for the inspector backend…" />;
  if (!state.negotiated) {
    return (
      <EmptyState
        title={state.status === "connecting" ? "Connecting…" : "Not connected"}
        text={state.status === "connecting" ? "The capabilities appear once initialize completes." : "Connect to a server to see what it negotiated: protocol version, capabilities, server info and instructions."}
      />
    );
  }
  return <NegotiationView negotiated={state.negotiated} stale={state.status !== "connected"} onShowEntry={onShowEntry} />;
}

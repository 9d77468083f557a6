"use client";
import { EmptyState } from "../../components/empty-state";
import { FailedStart } from "../../components/failed-start";
import { NegotiationView } from "./negotiation-view";
import type { SessionState } from "../../lib/session/state";
import { useFeed } from "../../client/protocol-hooks";

/** The Server tab: what the handshake (initialize, or server/discover in 2026-07-28) settled. */
export function NegotiationContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const { feed } = useFeed();
  if (!state) return <EmptyState title="Waiting for the inspector backend…" />;
  if (!state.negotiated) {
    // A start that failed says why here, in the centre, not only in the left pane (issue 39 item 2).
    if (state.error && state.status !== "connecting" && state.error.kind !== "auth-required")
      return <FailedStart error={state.error} transport={state.target?.transport} />;
    return (
      <EmptyState
        title={state.status === "connecting" ? "Connecting…" : "Not connected"}
        text={
          state.status === "connecting"
            ? "The capabilities appear once the handshake completes."
            : "Connect to a server to see what it negotiated: protocol version, capabilities, server info and instructions."
        }
      />
    );
  }
  return (
    <NegotiationView
      negotiated={state.negotiated}
      stale={state.status !== "connected"}
      eraSwitch={feed.eraSwitch}
      onShowEntry={onShowEntry}
      requestedBy={state.tap ? "the host" : undefined}
    />
  );
}

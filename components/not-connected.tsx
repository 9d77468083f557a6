import type { SessionState } from "../lib/session/state";
import { EmptyState } from "./empty-state";
import { FailedStart } from "./failed-start";

/** A tab with nothing to show without a connection: why the start failed when it did, else "Not connected". */
export function NotConnected({ state, text }: { state?: SessionState; text: string }) {
  if (state?.error && state.status !== "connecting" && state.error.kind !== "auth-required")
    return <FailedStart error={state.error} transport={state.target?.transport} />;
  return <EmptyState title="Not connected" text={text} />;
}

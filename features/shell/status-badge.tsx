import type { SessionStatus } from "../../lib/wire/session-state";

const LABEL: Record<SessionStatus, string> = {
  idle: "Not connected",
  connecting: "Connecting…",
  connected: "Connected",
  disconnected: "Disconnected",
  failed: "Connection failed",
};

/** The session's status in words, with a colour that is never the only signal. */
export function StatusBadge({ status }: { status?: SessionStatus }) {
  return (
    <span className={`status-badge status-${status ?? "unknown"}`} role="status" aria-live="polite" data-testid="session-status" data-status={status ?? "unknown"}>
      <span className="status-dot" aria-hidden="true" />
      {status ? LABEL[status] : "Waiting for the backend…"}
    </span>
  );
}

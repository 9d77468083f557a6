import type { SessionStatus } from "../../lib/session/state";

const LABEL: Record<SessionStatus, string> = {
  idle: "Not connected",
  connecting: "Connecting…",
  connected: "Connected",
  disconnected: "Disconnected",
  failed: "Connection failed",
  reconnecting: "Server unreachable, reconnecting…",
};

/**
 * The session's status in words, with a colour that is never the only signal. While the socket
 * to the backend is down the target's last known status is stale (the backend may be gone and
 * the target with it), so the badge says that instead of "Connected".
 */
export function StatusBadge({ status, backendLost }: { status?: SessionStatus; backendLost?: boolean }) {
  const shown = backendLost ? "backend-lost" : (status ?? "unknown");
  return (
    // While the backend is lost the banner below announces it (role="alert"): the badge stays quiet.
    <span
      className={`status-badge status-${shown}`}
      role={backendLost ? undefined : "status"}
      aria-live={backendLost ? "off" : "polite"}
      data-testid="session-status"
      data-status={shown}
    >
      <span className="status-dot" aria-hidden="true" />
      {backendLost ? "Backend unreachable" : status ? LABEL[status] : "Waiting for the backend…"}
    </span>
  );
}

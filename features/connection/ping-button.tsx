import { formatMs } from "../../lib/record/entry-facts";

export interface PingButtonProps {
  onPing(): void;
  busy: boolean;
  disabled: boolean;
  rttMs?: number;
  error?: string;
}

/** Sends ping and shows the round trip the backend measured. */
export function PingButton({ onPing, busy, disabled, rttMs, error }: PingButtonProps) {
  return (
    <div className="ping">
      <button type="button" onClick={onPing} disabled={disabled || busy}>
        {busy ? "Pinging…" : "Ping"}
      </button>
      {rttMs !== undefined && !busy && (
        <span className="small" data-testid="ping-rtt" role="status">
          round trip {formatMs(rttMs)}
        </span>
      )}
      {error && !busy && (
        <span className="form-error small" role="alert">
          ping failed: {error}
        </span>
      )}
    </div>
  );
}

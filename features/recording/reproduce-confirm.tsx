import { describeTarget, type Target } from "../../lib/target/target";

export interface ReproduceConfirmProps {
  target: Target;
  /** The requests that will be sent again. */
  requestCount: number;
  onConfirm(): void;
  onCancel(): void;
}

/** The explicit confirm: exactly what will run (or be connected to) before anything does. */
export function ReproduceConfirm({ target: t, requestCount, onConfirm, onCancel }: ReproduceConfirmProps) {
  return (
    <div className="reproduce-confirm" data-testid="reproduce-confirm">
      <p>{t.transport === "stdio" ? "This will start this command on your machine:" : "This will connect to:"}</p>
      <pre className="command-line" data-testid="confirm-command">
        {describeTarget(t)}
      </pre>
      {t.transport === "stdio" && (
        <dl className="facts">
          <dt>args</dt>
          <dd>{t.args.length ? t.args.map((a, i) => <code key={i} className="arg-chip">{a}</code>) : <span className="muted">none</span>}</dd>
          <dt>cwd</dt>
          <dd>{t.cwd ? <code>{t.cwd}</code> : <span className="muted">the inspector&apos;s working directory</span>}</dd>
          <dt>env</dt>
          <dd>
            {Object.keys(t.env).length
              ? Object.entries(t.env).map(([n, v]) => (
                  <code key={n} className="arg-chip">
                    {n}={v ? "••• (set)" : " (empty: not set)"}
                  </code>
                ))
              : <span className="muted">only the minimal inherited environment</span>}
          </dd>
        </dl>
      )}
      <p className="muted small">
        It then re-sends the {requestCount} recorded requests and notifications in order, answers the server&apos;s requests with the recorded answers, and compares every
        response. It replaces the inspector&apos;s current connection.
      </p>
      <div className="button-row">
        <button type="button" className="btn-primary" onClick={onConfirm} autoFocus>
          Run it
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

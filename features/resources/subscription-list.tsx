import { formatTime } from "../../lib/record/entry-facts";
import type { ResourceUpdate } from "../../client/protocol-feed";
import { shownName } from "../../components/shown-text";

export interface SubscriptionListProps {
  subscriptions: string[];
  /** URIs re-read automatically when an update arrives. */
  autoRead: ReadonlySet<string>;
  onToggleAuto(uri: string): void;
  onUnsubscribe(uri: string): void;
  onOpen(uri: string): void;
  /** Most recent first. */
  updates: ResourceUpdate[];
  onShowEntry(seq: number): void;
  /** How subscriptions work on this connection, when it is worth saying (2026-07-28). */
  note?: string;
}

/** Active subscriptions and the notifications/resources/updated that arrived for them. */
export function SubscriptionList({
  subscriptions,
  autoRead,
  onToggleAuto,
  onUnsubscribe,
  onOpen,
  updates,
  onShowEntry,
  note,
}: SubscriptionListProps) {
  return (
    <section className="card subscriptions" aria-labelledby="subs-heading" data-testid="subscriptions">
      <h3 id="subs-heading">
        Subscriptions <span className="muted">({subscriptions.length})</span>
      </h3>
      {note && <p className="muted small">{note}</p>}
      {subscriptions.length === 0 ? (
        <p className="muted small">No active subscriptions. Pick a resource and press Subscribe.</p>
      ) : (
        <ul className="plain-list">
          {subscriptions.map((uri) => (
            <li key={uri} className="sub-row">
              <button type="button" className="linklike" onClick={() => onOpen(uri)}>
                <code>{shownName(uri)}</code>
              </button>
              <label className="check">
                <input type="checkbox" checked={autoRead.has(uri)} onChange={() => onToggleAuto(uri)} /> re-read on update
              </label>
              <button
                type="button"
                className="btn-small"
                onClick={() => onUnsubscribe(uri)}
                aria-label={`Unsubscribe from ${shownName(uri)}`}
              >
                Unsubscribe
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4>Updates</h4>
      {updates.length === 0 ? (
        <p className="muted small">No notifications/resources/updated yet.</p>
      ) : (
        <ol className="plain-list updates" aria-label="Resource updates" data-testid="resource-updates">
          {updates.slice(0, 50).map((u) => (
            <li key={u.seq}>
              <button type="button" className="linklike" onClick={() => onShowEntry(u.seq)}>
                <span className="muted mono">{formatTime(u.t)}</span> seq {u.seq}
              </button>{" "}
              updated <code>{shownName(u.uri)}</code>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

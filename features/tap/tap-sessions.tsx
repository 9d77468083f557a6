"use client";
import type { HubSessionList } from "../../lib/wire/hub";
import { ServerText } from "../../components/server-text";

export interface TapSessionsProps {
  list: HubSessionList;
  /** A switch is on its way. */
  busy: boolean;
  onSelect(key: string): void;
}

/**
 * The host sessions on a shared tap page (issue 65): one per tap, host ↔ server, live or ended.
 * Picking one shows its timeline, lint, Problems, restart and save; the others go on recording.
 */
export function TapSessions({ list, busy, onSelect }: TapSessionsProps) {
  return (
    <nav className="card tap-sessions" aria-labelledby="tap-sessions-heading" data-testid="tap-sessions">
      <h2 id="tap-sessions-heading" className="tap-sessions-title">
        Sessions on this page <span className="muted small">({list.sessions.length})</span>
      </h2>
      <ul>
        {list.sessions.map((s) => {
          const current = s.key === list.current;
          return (
            <li key={s.key}>
              <button
                type="button"
                className={`tap-session${current ? " selected" : ""}`}
                aria-current={current ? "true" : undefined}
                disabled={busy}
                onClick={() => !current && onSelect(s.key)}
                title={`${s.host ?? "A host"} ↔ ${s.server} (tap pid ${s.pid})`}
                data-testid="tap-session"
              >
                <span className="tap-session-names">
                  <strong>
                    <ServerText text={s.host ?? "a host"} />
                  </strong>
                  <span className="sr-only"> to </span>
                  <span className="mono small muted tap-session-server">
                    <span aria-hidden="true">↔ </span>
                    <ServerText text={s.server} />
                  </span>
                </span>
                <span className={`badge${s.live ? " badge-ok" : ""}`}>{s.live ? "live" : "ended"}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

import type { SharedTarget } from "../../lib/session/file";

/** A shared target as it will be (or was) shared: command or URL, and env or header names only. */
export function SharedTargetView({ target: t }: { target: SharedTarget }) {
  return (
    <dl className="facts" data-testid="shared-target">
      {t.transport === "stdio" ? (
        <>
          <dt>command</dt>
          <dd>
            <code>{t.command}</code>
          </dd>
          <dt>args</dt>
          <dd>
            {t.args.length ? (
              t.args.map((a, i) => (
                <code key={i} className="arg-chip">
                  {a}
                </code>
              ))
            ) : (
              <span className="muted">none</span>
            )}
          </dd>
          <dt>cwd</dt>
          <dd>{t.cwd ? <code>{t.cwd}</code> : <span className="muted">the inspector&apos;s</span>}</dd>
          <dt>env</dt>
          <dd data-testid="shared-env-names">
            {t.envNames.length ? (
              t.envNames.map((n) => (
                <code key={n} className="arg-chip">
                  {n}=…
                </code>
              ))
            ) : (
              <span className="muted">none</span>
            )}
            {t.envNames.length > 0 && <span className="muted small"> names only, no values</span>}
          </dd>
        </>
      ) : (
        <>
          <dt>URL</dt>
          <dd>
            <code>{t.url}</code> <span className="muted small">({t.transport === "http" ? "Streamable HTTP" : "SSE"})</span>
          </dd>
          <dt>headers</dt>
          <dd data-testid="shared-env-names">
            {t.headerNames.length ? (
              t.headerNames.map((n) => (
                <code key={n} className="arg-chip">
                  {n}: …
                </code>
              ))
            ) : (
              <span className="muted">none</span>
            )}
            {t.headerNames.length > 0 && <span className="muted small"> names only, no values</span>}
          </dd>
        </>
      )}
    </dl>
  );
}

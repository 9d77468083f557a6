import type { AppMessage } from "../../lib/apps/app-messages";
import { idOf, requestOf, summaryOf } from "../../lib/apps/app-messages";
import type { AppFinding } from "../../lib/apps/app-lint";

/**
 * Every message between the App and the host, in order, both ways: direction, method (or which
 * request a response answers), and the server request an App's call became, linked to the timeline.
 */
export function AppMessageLog({
  log,
  links,
  findings,
  onShowEntry,
}: {
  log: readonly AppMessage[];
  links: ReadonlyMap<number, number>;
  findings: readonly AppFinding[];
  onShowEntry?(seq: number): void;
}) {
  return (
    <section className="app-log" aria-label="App messages">
      <h4>
        App messages <span className="muted small">({log.length})</span>
      </h4>
      {findings.length > 0 && (
        <ul className="app-findings" aria-label="App lint">
          {findings.map((f, i) => (
            <li key={i} className={`app-finding app-finding-${f.severity}`} data-rule={f.rule}>
              <strong>{f.rule}</strong> {f.message}
            </li>
          ))}
        </ul>
      )}
      <ol className="app-log-list">
        {log.map((m) => {
          const answers = requestOf(log, m);
          const id = idOf(m.message);
          const seq = links.get(m.n);
          return (
            <li key={m.n} className="app-log-item" data-dir={m.dir} data-testid="app-message">
              <details>
                <summary>
                  <span className="app-log-dir">{m.dir === "app->host" ? "app → host" : "host → app"}</span>{" "}
                  <code>{summaryOf(m.message)}</code>
                  {id !== undefined && <span className="muted small"> #{String(id)}</span>}
                  {answers && <span className="muted small"> answers {summaryOf(answers.message)}</span>}
                </summary>
                <pre className="app-log-json">{JSON.stringify(m.message, null, 2)}</pre>
              </details>
              {seq !== undefined &&
                (onShowEntry ? (
                  <button type="button" className="btn-small app-log-link" onClick={() => onShowEntry(seq)}>
                    Server request #{seq}
                  </button>
                ) : (
                  <span className="muted small app-log-link" title="in the live record, after Close recording">
                    Server request #{seq}
                  </span>
                ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

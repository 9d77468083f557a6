"use client";
import { useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { AppLogStore } from "../../lib/apps/app-log-store";
import { idOf, logLineOf, summaryOf } from "../../lib/apps/app-messages";
import { inertJson, visible } from "../../lib/text/visible";
import { RELAY_BURST, RELAY_RATE } from "../../lib/apps/sandbox-events";
import { useAppLogVersion } from "./use-app-log";
import { SEQ_TITLE } from "../../components/seq-links";

const ROW = 30;

/**
 * Every message between the App and the host, in order, both ways: direction, method (or which
 * request a response answers), and the server request an App's call became, linked to the
 * timeline. Only the rows on screen are rendered (a flooding App posts tens of thousands), and
 * the log says how many older ones it no longer keeps.
 */
export function AppMessageLog({
  store,
  onShowEntry,
  dropped = 0,
}: {
  store: AppLogStore;
  onShowEntry?(seq: number): void;
  /** Messages the sandbox proxy did not relay (its bound on what an App may post). */
  dropped?: number;
}) {
  // Only the log is drawn again as messages come, not the panel around it.
  const version = useAppLogVersion(store);
  const scroller = useRef<HTMLDivElement>(null);
  const count = store.size;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 6 });
  const { findings, findingsDropped } = store;
  return (
    <section className="app-log" aria-label="App messages" data-version={version}>
      <h4>
        App messages <span className="muted small">({store.total})</span>
        {store.dropped > 0 && (
          <span className="muted small" data-testid="app-log-dropped">
            {" "}
            the oldest {store.dropped} not kept (the newest {count} are)
          </span>
        )}
      </h4>
      {dropped > 0 && (
        <p className="app-finding app-finding-warning" data-testid="app-proxy-dropped">
          The App posted faster than the host relays ({RELAY_BURST} at once, then {RELAY_RATE} a second): the sandbox dropped {dropped} of
          its messages before they reached this page.
        </p>
      )}
      {findings.length > 0 && (
        <ul className="app-findings" aria-label="App lint">
          {findings.map((f, i) => (
            <li key={i} className={`app-finding app-finding-${f.severity}`} data-rule={f.rule}>
              <strong>{f.rule}</strong> {visible(f.message)}
            </li>
          ))}
          {findingsDropped > 0 && <li className="muted small">and {findingsDropped} more findings</li>}
        </ul>
      )}
      <div ref={scroller} className="app-log-scroll">
        <ol className="app-log-list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const m = store.at(row.index);
            const answers = store.requestOf(m);
            const id = idOf(m.message);
            const seq = store.serverSeqOf(m);
            // A log's words are on its row, not only in its JSON (issue 92: "Send Log" showed nothing until expanded).
            const log = m.dir === "app->host" ? logLineOf(m.message) : undefined;
            return (
              <li
                key={m.n}
                ref={virtualizer.measureElement}
                data-index={row.index}
                className="app-log-item"
                data-dir={m.dir}
                data-testid="app-message"
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <details>
                  <summary>
                    <span className="app-log-dir">{m.dir === "app->host" ? "app → host" : "host → app"}</span>{" "}
                    <code>{visible(summaryOf(m.message))}</code>
                    {id !== undefined && (
                      <span className="muted small" title="JSON-RPC id (of the App's own messages, not the server's)">
                        {" "}
                        id {visible(String(id))}
                      </span>
                    )}
                    {answers && <span className="muted small"> answers {visible(summaryOf(answers.message))}</span>}
                    {log !== undefined && (
                      <span className="app-log-text" data-testid="app-log-text">
                        {" "}
                        {visible(log)}
                      </span>
                    )}
                  </summary>
                  <pre className="app-log-json">{inertJson(JSON.stringify(m.message, null, 2) ?? String(m.message))}</pre>
                </details>
                {seq !== undefined &&
                  (onShowEntry ? (
                    <button type="button" className="btn-small app-log-link" title={SEQ_TITLE} onClick={() => onShowEntry(seq)}>
                      Server request seq {seq}
                    </button>
                  ) : (
                    <span className="muted small app-log-link" title={`${SEQ_TITLE}: in the live record, after Close recording`}>
                      Server request seq {seq}
                    </span>
                  ))}
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}

import "./failed-start.css";
import type { ConnectError } from "../lib/session/state";
import { failureHeadline } from "./failure-headline";
import { shownName, shownProse } from "./shown-text";

/**
 * A failed start where a person looks (the centre of the page, issue 39): the line of stderr that
 * says why as the headline, the engine's message and exit status under it, then the whole
 * stderr tail, unclipped (the left pane's box shows a few lines at a time).
 */
export function FailedStart({ error, transport }: { error: ConnectError; transport?: "stdio" | "http" | "sse" }) {
  // Only a process has a stderr: a URL server's failure is its HTTP exchange (issue 73).
  const url = transport ? transport !== "stdio" : ["http-status", "connection-refused", "session-expired"].includes(error.kind);
  const { telling, rest } = failureHeadline(error.message, error.stderrTail);
  const exit = [
    error.exitCode !== undefined && error.exitCode !== null ? `exit code ${error.exitCode}` : "",
    error.signal ? `signal ${error.signal}` : "",
    error.httpStatus ? `HTTP ${error.httpStatus}` : "",
  ].filter(Boolean);
  return (
    <section className="failed-start" aria-labelledby="failed-start-title" data-testid="failed-start">
      <h2 id="failed-start-title" className="failed-start-title">
        {shownName(telling ?? rest)}
      </h2>
      {telling && <p>{shownProse(rest.charAt(0).toUpperCase() + rest.slice(1))}.</p>}
      {exit.length > 0 && <p className="muted small">{exit.join(" · ")}</p>}
      {error.stderrTail.length > 0 ? (
        <>
          <p className="small">What it printed on stderr ({error.stderrTail.length} lines, the last ones):</p>
          <pre className="failed-start-stderr" tabIndex={0} aria-label="The server's stderr">
            {error.stderrTail.map(shownName).join("\n")}
          </pre>
        </>
      ) : url ? (
        <p className="muted small">A server at a URL has no stderr here: the timeline holds the HTTP exchange, if one took place.</p>
      ) : (
        <p className="muted small">It printed nothing on stderr.</p>
      )}
      <p className="muted small">Fix the command or the server, then Connect again (on the left).</p>
    </section>
  );
}

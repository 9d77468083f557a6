import { formatTime } from "../../lib/record/entry-facts";
import type { StderrLine } from "../../client/protocol-feed";
import { shownName } from "../../components/shown-text";

/** What the target wrote to stderr, newest last (stdio targets only). */
export function StderrView({ lines, max = 300 }: { lines: StderrLine[]; max?: number }) {
  const recent = lines.slice(-max);
  return (
    <section className="stderr-view" aria-labelledby="stderr-heading">
      <h3 id="stderr-heading">
        stderr <span className="muted">({lines.length})</span>
      </h3>
      {recent.length === 0 ? (
        <p className="muted small">Nothing on stderr (HTTP targets have none).</p>
      ) : (
        <pre className="stderr-lines" data-testid="stderr-lines" tabIndex={0}>
          {recent.map((l) => `${formatTime(l.t)}  ${shownName(l.text)}`).join("\n")}
        </pre>
      )}
      {lines.length > max && (
        <p className="muted small">
          The newest {max} of {lines.length} lines.
        </p>
      )}
    </section>
  );
}

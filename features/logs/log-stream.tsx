import { memo, useDeferredValue } from "react";
import { formatTime } from "../../lib/record/entry-facts";
import { levelRank } from "../../lib/protocol/log-levels";
import { LogLevelSelect } from "./log-level-select";
import type { LogLine } from "../../client/protocol-feed";

export interface LogStreamProps {
  lines: LogLine[];
  /** Show this level and more severe ones. */
  minLevel: string;
  onMinLevel(level: string): void;
  onShowEntry(seq: number): void;
  max?: number;
}

function dataText(d: unknown): string {
  return typeof d === "string" ? d : JSON.stringify(d);
}

/** One line, rendered once: a flood re-renders the list every frame, not its 500 rows. */
const LogRow = memo(function LogRow({ line: l, onShowEntry }: { line: LogLine; onShowEntry(seq: number): void }) {
  return (
    <li className={`log-line log-${l.level}`} data-level={l.level}>
      <button
        type="button"
        className="linklike mono muted"
        onClick={() => onShowEntry(l.seq)}
        aria-label={`Show log message #${l.seq} in the timeline`}
      >
        {formatTime(l.t)}
      </button>
      <span className={`badge log-badge log-badge-${l.level}`}>{l.level}</span>
      {l.logger && <span className="muted small">[{l.logger}]</span>}
      <span className="log-data">{dataText(l.data)}</span>
    </li>
  );
});

/** notifications/message as a stream: newest first, filtered by level, each with its logger and data. */
export function LogStream({ lines: live, minLevel, onMinLevel, onShowEntry, max = 500 }: LogStreamProps) {
  // The feed appends to `live` in place. Rendering up to a deferred count lets React build the
  // list in slices it can interrupt while a flood arrives, so no frame waits behind 500 new rows.
  const count = Math.min(useDeferredValue(live.length), live.length);
  const lines = count === live.length ? live : live.slice(0, count);
  const min = levelRank(minLevel);
  const shown = min === 0 ? lines : lines.filter((l) => levelRank(l.level) >= min);
  const recent = shown.slice(-max).reverse();
  return (
    <section className="log-stream" aria-labelledby="log-stream-heading">
      <div className="list-head">
        <h3 id="log-stream-heading">
          Log messages{" "}
          <span className="muted">({shown.length === lines.length ? lines.length : `${shown.length} of ${lines.length}`})</span>
        </h3>
        <label className="inline-field">
          <span className="muted small">Show from</span>
          <LogLevelSelect label="Show log messages from level" value={minLevel} onChange={onMinLevel} />
        </label>
      </div>
      {recent.length === 0 ? (
        <p className="muted small">{lines.length ? "No messages at this level or above." : "No notifications/message yet."}</p>
      ) : (
        <ol className="log-lines" data-testid="log-lines">
          {recent.map((l) => (
            <LogRow key={l.seq} line={l} onShowEntry={onShowEntry} />
          ))}
        </ol>
      )}
      {shown.length > max && (
        <p className="muted small">
          Showing the newest {max} of {shown.length}; the timeline has them all.
        </p>
      )}
    </section>
  );
}

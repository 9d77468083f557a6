import { memo, useLayoutEffect, useMemo, useRef } from "react";
import { useFixedRows } from "../../components/use-fixed-rows";
import { formatTime } from "../../lib/record/entry-facts";
import { levelRank } from "../../lib/protocol/log-levels";
import { LogLevelSelect } from "./log-level-select";
import { shownName } from "../../components/shown-text";
import type { LogLine } from "../../client/protocol-feed";
import "./log-stream.css";

export interface LogStreamProps {
  lines: LogLine[];
  /** Show this level and more severe ones. */
  minLevel: string;
  onMinLevel(level: string): void;
  onShowEntry(seq: number): void;
}

/**
 * Every row is one line this tall (px): rows measured one by one forced a layout in every commit
 * of a flood (bench figure 3f, traced). A longer message is cut with an ellipsis; its row's title
 * and the timeline entry its time links to hold all of it.
 */
const ROW_HEIGHT = 24;
/** Longest title (characters) a row carries. */
const TITLE_CHARS = 2000;

/** One line of the server's data, escaped (a log row is one line; issue 52 item 7). */
function dataText(d: unknown): string {
  return shownName(typeof d === "string" ? d : (JSON.stringify(d) ?? String(d)));
}

interface LogRowProps {
  line: LogLine;
  top: number;
  onShowEntry(seq: number): void;
}

const LogRow = memo(function LogRow({ line: l, top, onShowEntry }: LogRowProps) {
  const text = dataText(l.data);
  return (
    <li className={`log-line log-${l.level}`} data-level={l.level} style={{ transform: `translateY(${top}px)` }}>
      <button
        type="button"
        className="linklike mono muted"
        onClick={() => onShowEntry(l.seq)}
        aria-label={`Show log message seq ${l.seq} in the timeline`}
      >
        {formatTime(l.t)}
      </button>
      <span className={`badge log-badge log-badge-${l.level}`}>{shownName(l.level)}</span>
      {l.app !== undefined && (
        <span className="badge log-badge-app" title={`Sent by the App of ${shownName(l.app)} (its notifications/message to the host)`}>
          App {shownName(l.app)}
        </span>
      )}
      {l.logger && <span className="muted small">[{shownName(l.logger)}]</span>}
      <span className="log-data" title={text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS)}…` : text}>
        {text}
      </span>
    </li>
  );
});

/**
 * notifications/message as a stream: newest first, filtered by level, each with its logger and
 * data. Every line is kept, and only the rows in sight are in the DOM: a flood of 20,000 put
 * hundreds of new rows a frame into a 500-row list, 88 ms tasks of layout and paint (bench figure
 * 3f, traced). Reading older lines, the view stays on them while newer ones arrive above.
 */
export function LogStream({ lines: live, minLevel, onMinLevel, onShowEntry }: LogStreamProps) {
  const min = levelRank(minLevel);
  const total = live.length;
  // The feed appends to `live` in place: its length says when it changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `total` is the change of the array appended in place
  const shown = useMemo(() => (min === 0 ? live : live.filter((l) => levelRank(l.level) >= min)), [live, total, min]);
  const count = shown.length;
  // Row i is the i-th newest. Rows are keyed by position, so a frame of new lines rewrites the
  // text of the rows in sight rather than replacing them.
  const { attach, element, items, totalSize, offset } = useFixedRows({ count, rowHeight: ROW_HEIGHT, overscan: 4 });

  const last = useRef({ count, min });
  useLayoutEffect(() => {
    const el = element();
    const was = last.current;
    last.current = { count, min };
    // The offset the scroll events said, not el.scrollTop: a read here forced a layout inside each
    // flood frame (bench figure 3f). At the top (the newest) the browser keeps the view by itself.
    if (!el || offset === 0) return;
    // Another level: start from the newest. More lines above the ones being read: keep those in place.
    if (was.min !== min) el.scrollTop = 0;
    else if (count > was.count) el.scrollTop = offset + (count - was.count) * ROW_HEIGHT;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on new lines or another level; the offset is read, not followed
  }, [count, min]);

  return (
    <section className="log-stream" aria-labelledby="log-stream-heading">
      <div className="list-head">
        <h3 id="log-stream-heading">
          Log messages <span className="muted">({count === total ? total : `${count} of ${total}`})</span>
        </h3>
        <label className="inline-field">
          <span className="muted small">Show from</span>
          <LogLevelSelect label="Show log messages from level" value={minLevel} onChange={onMinLevel} />
        </label>
      </div>
      {count === 0 ? (
        <p className="muted small">{total ? "No messages at this level or above." : "No notifications/message yet."}</p>
      ) : (
        <div ref={attach} className="log-lines" data-testid="log-lines" tabIndex={0} role="region" aria-label="Log messages, newest first">
          <ol className="log-lines-rows" style={{ height: totalSize }}>
            {items.map((item) => (
              <LogRow key={item.index} line={shown[count - 1 - item.index]} top={item.start} onShowEntry={onShowEntry} />
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

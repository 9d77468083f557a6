import { type Target } from "../../lib/target/target";
import { commandLines } from "../../lib/session/shared";
import { visible } from "../../lib/text/visible";
import { pageArrivalWarning } from "./arrival";

export interface ReproduceConfirmProps {
  target: Target;
  /** The requests that will be sent again. */
  requestCount: number;
  /** Where the recording came from when someone else chose it; by default read from this tab (referrer, opener, share link). */
  arrivedFrom?: string;
  onConfirm(): void;
  onCancel(): void;
}

// pre-wrap: every word whole and in sight (nothing scrolls out sideways); newlines inside a word
// are already escaped, so each line of the block is one word of the argv.
const WHOLE = { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } as const;
const WARN = { background: "var(--warn-soft)", color: "var(--warn)", padding: "0.35rem 0.5rem", borderRadius: 4 } as const;

/**
 * The explicit confirm: exactly what will run (or be connected to) before anything does, every
 * word on its own line, quoted as executed, escaped where a character would hide or reorder text.
 * The Run button comes after all of it and takes no autofocus, which would scroll past the command.
 */
export function ReproduceConfirm({ target: t, requestCount, arrivedFrom, onConfirm, onCancel }: ReproduceConfirmProps) {
  const { words, escaped } = commandLines(t);
  const elsewhere = arrivedFrom ?? pageArrivalWarning();
  return (
    <div className="reproduce-confirm" data-testid="reproduce-confirm">
      {elsewhere && (
        <p role="alert" data-testid="confirm-elsewhere" style={WARN}>
          {visible(elsewhere)} Run it only if you trust whoever sent it.
        </p>
      )}
      <p>{t.transport === "stdio" ? "This will start this command on your machine, one argument per line:" : "This will connect to:"}</p>
      <pre className="command-line" data-testid="confirm-command" style={WHOLE}>
        {words.map((w, i) => (i < words.length - 1 ? `${w} \\\n  ` : w)).join("")}
      </pre>
      {escaped && (
        <p className="small" data-testid="confirm-escaped" style={WARN}>
          Some of it holds control, direction-changing, zero-width or other invisible characters: they are shown as escapes (\n, \u{"{"}202E
          {"}"}, …) and are passed as those characters.
        </p>
      )}
      {t.transport === "stdio" && (
        <dl className="facts">
          <dt>cwd</dt>
          <dd>
            {t.cwd ? <code style={WHOLE}>{visible(t.cwd)}</code> : <span className="muted">the inspector&apos;s working directory</span>}
          </dd>
          <dt>env</dt>
          <dd>
            {Object.keys(t.env).length ? (
              Object.entries(t.env).map(([n, v]) => (
                <code key={n} className="arg-chip">
                  {visible(n)}={v ? "••• (set)" : " (empty: not set)"}
                </code>
              ))
            ) : (
              <span className="muted">only the minimal inherited environment</span>
            )}
          </dd>
        </dl>
      )}
      <p className="muted small">
        It then re-sends the {requestCount} recorded requests and notifications in order, answers the server&apos;s requests with the
        recorded answers, and compares every response. It replaces the inspector&apos;s current connection.
      </p>
      <div className="button-row">
        <button type="button" className="btn-primary" onClick={onConfirm}>
          Run it
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

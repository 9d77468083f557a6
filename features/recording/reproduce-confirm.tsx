import { type Target } from "../../lib/target/target";
import { commandLines } from "../../lib/session/shared";
import { visible } from "../../lib/text/visible";
import { mixedScriptWords } from "../../lib/text/mixed-script";
import type { ListedRequest } from "../../lib/session/replay-listing";
import { pageArrivalWarning } from "./arrival";
import { ReplayRequestList } from "./replay-request-list";

export interface ReproduceConfirmProps {
  target: Target;
  /** The requests that will be sent again (lib/session/replay-listing.ts). */
  requests: readonly ListedRequest[];
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
export function ReproduceConfirm({ target: t, requests, arrivedFrom, onConfirm, onCancel }: ReproduceConfirmProps) {
  const { words, escaped } = commandLines(t);
  const elsewhere = arrivedFrom ?? pageArrivalWarning();
  const lookalikes = lookalikesIn(t, requests);
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
      {lookalikes.length > 0 && (
        <p role="alert" data-testid="confirm-lookalike" style={WARN}>
          Some words mix alphabets, as a look-alike of another name does (the odd letters shown as escapes):{" "}
          {lookalikes.map((l, i) => (
            <span key={i}>
              {i > 0 && "; "}
              <code>{l.shown}</code> ({l.scripts.join(" + ")}, in {l.where})
            </span>
          ))}
          .
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
      <ReplayRequestList requests={requests} />
      <p className="muted small">
        It answers the server&apos;s requests with the recorded answers and compares every response. It replaces the inspector&apos;s
        current connection.
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

/** Every mixed-script word the confirm shows (issue 38 item 14: `https://gіthub.com`, `/hоme/user`), with where it is. */
function lookalikesIn(t: Target, requests: readonly ListedRequest[]) {
  const places: Array<[string, string]> =
    t.transport === "stdio"
      ? [
          ["the command", t.command],
          ...t.args.map((a, i): [string, string] => [`argument ${i + 1}`, a]),
          ["cwd", t.cwd ?? ""],
          ...Object.keys(t.env).map((n): [string, string] => ["an env name", n]),
        ]
      : [["the URL", t.url], ...Object.keys(t.headers).map((n): [string, string] => ["a header name", n])];
  requests.forEach((r, i) => places.push([`request ${i + 1}`, `${r.tool ?? ""} ${r.args ?? ""}`]));
  return places.flatMap(([where, text]) => mixedScriptWords(text).map((m) => ({ ...m, shown: visible(m.shown), where })));
}

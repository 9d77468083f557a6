import { formatKb } from "../../lib/session/shared";
import { CopyButton } from "../../components/copy-button";

export type ShareOutcome =
  { kind: "link"; url: string; bytes: number } | { kind: "too-large"; bytes: number; max: number } | { kind: "error"; message: string };

export interface ShareResultProps {
  outcome: ShareOutcome;
  onDownload(): void;
}

/** The link made (with a copy button), or why there is none and the file instead. */
export function ShareResult({ outcome, onDownload }: ShareResultProps) {
  if (outcome.kind === "error") {
    return (
      <p className="error-box" role="alert">
        Could not make the link: {outcome.message}
      </p>
    );
  }
  if (outcome.kind === "too-large") {
    return (
      <div className="notice" role="alert" data-testid="link-too-large">
        <p>
          This session is too large for a link ({formatKb(outcome.bytes)}; links stop at {formatKb(outcome.max)}, as browsers and chat tools
          cut longer ones). Share the file instead, or leave out large entries.
        </p>
        <button type="button" className="btn-primary" onClick={onDownload}>
          Download .mcp-session.json
        </button>
      </div>
    );
  }
  return (
    <div className="share-link" data-testid="share-link-result">
      <label className="field">
        <span>
          Share link ({formatKb(outcome.bytes)}; the session lives after the <code>#</code>, which browsers never send to a server)
        </span>
        <textarea readOnly rows={3} value={outcome.url} data-testid="share-link" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <CopyButton text={() => outcome.url} label="Copy link" />
    </div>
  );
}

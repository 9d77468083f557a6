import type { SessionFile } from "../../lib/session/file";
import { describeShared } from "../../lib/session/shared";
import { visible } from "../../lib/text/visible";

export interface RecordingBannerProps {
  session: SessionFile;
  /** How it was opened: a share link, the launcher's --open, or a file. */
  origin: "link" | "opened" | "file";
  name?: string;
  onClose(): void;
}

const FROM = { link: "a share link", opened: "the launcher (--open)", file: "a file" };

/**
 * Says plainly that this is a recording, of what target, and that nothing has run. Every string
 * here comes from the file, so each goes through `visible()`: an RLO in `cwd` must not reverse
 * the banner, a tag character must not hide in a redaction label.
 */
export function RecordingBanner({ session: s, origin, name, onClose }: RecordingBannerProps) {
  const when = new Date(s.createdAt);
  return (
    <div className="recording-banner" role="region" aria-label="Recording" data-testid="recording-banner">
      <div className="recording-text">
        <strong>Recording, read-only.</strong> Recorded {Number.isNaN(when.getTime()) ? visible(s.createdAt) : when.toLocaleString()} with inspector {visible(s.inspectorVersion)} from{" "}
        <code data-testid="recording-target">{describeShared(s.target)}</code>
        {s.target.transport === "stdio" && s.target.cwd && (
          <>
            {" "}
            in <code>{visible(s.target.cwd)}</code>
          </>
        )}
        . Opened from {FROM[origin]}
        {name ? ` (${visible(name)})` : ""}. Nothing has been run: press Reproduce to run it yourself.
        {s.redactions.length > 0 && (
          <span className="muted small" data-testid="recording-redactions">
            {" "}
            Redacted by the sender: {s.redactions.map((r) => `${visible(r.what)} ×${r.count}`).join(", ")}.
          </span>
        )}
      </div>
      <button type="button" className="btn-small" onClick={onClose}>
        Close recording
      </button>
    </div>
  );
}

import type { SessionFile } from "../../lib/session/file";
import { describeShared } from "../../lib/session/shared";
import { visible } from "../../lib/text/visible";
import type { Reproduction } from "../../lib/session/replay-result";

/** What Reproduce has done so far in this page: nothing, running, its verdict, or why it failed. */
export type ReproduceRun =
  | { state: "running" }
  | { state: "done"; connected: boolean; summary: string; passed: boolean; reproduction?: Reproduction }
  | { state: "failed"; message: string };

export interface RecordingBannerProps {
  session: SessionFile;
  /** Undefined until the person reproduces it. */
  run?: ReproduceRun;
  /** How it was opened: a share link, the launcher's --open, or a file. */
  origin: "link" | "opened" | "file";
  name?: string;
  onClose(): void;
}

const FROM = { link: "a share link", opened: "the launcher (--open)", file: "a file" };

/**
 * Says plainly that this is a recording, of what target, and whether anything has run. Every string
 * here comes from the file, so each goes through `visible()`: an RLO in `cwd` must not reverse
 * the banner, a tag character must not hide in a redaction label.
 */
export function RecordingBanner({ session: s, run, origin, name, onClose }: RecordingBannerProps) {
  const when = new Date(s.createdAt);
  return (
    <div className="recording-banner" role="region" aria-label="Recording" data-testid="recording-banner">
      <div className="recording-text">
        <strong>Recording, read-only.</strong> Recorded {Number.isNaN(when.getTime()) ? visible(s.createdAt) : when.toLocaleString()} with
        inspector {visible(s.inspectorVersion)} from <code data-testid="recording-target">{describeShared(s.target)}</code>
        {s.target.transport === "stdio" && s.target.cwd && (
          <>
            {" "}
            in <code>{visible(s.target.cwd)}</code>
          </>
        )}
        . Opened from {FROM[origin]}
        {name ? ` (${visible(name)})` : ""}. <RunLine run={run} />
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

/** The banner follows what happened: "Nothing has been run" only while nothing has. */
function RunLine({ run }: { run?: ReproduceRun }) {
  const text = !run
    ? "Nothing has been run: press Reproduce to run it yourself."
    : run.state === "running"
      ? "Reproducing it now against the target you confirmed…"
      : run.state === "failed"
        ? `Reproduce failed: ${visible(run.message)}.`
        : !run.connected
          ? `Reproduce could not connect: ${visible(run.summary)}.`
          : run.reproduction
            ? `Run against the target you confirmed: ${run.summary}. See Replay diff.`
            : `Reproduced against the target you confirmed: ${run.summary}${run.passed ? ": every response came back the same." : ". See Replay diff."}`;
  const reproduction = run?.state === "done" ? run.reproduction : undefined;
  return (
    <span
      data-testid="recording-run"
      data-state={run?.state ?? "not-run"}
      data-reproduction={reproduction}
      className={reproduction === "reproduced" ? "run-reproduced" : reproduction === "changed" ? "run-changed" : undefined}
    >
      {text}
    </span>
  );
}

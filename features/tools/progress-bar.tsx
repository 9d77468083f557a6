import { shownName } from "../../components/shown-text";
export interface ProgressBarProps {
  progress: number;
  total?: number;
  message?: string;
  label: string;
}

/** notifications/progress as a bar: determinate when the server gave a total. */
export function ProgressBar({ progress, total, message, label }: ProgressBarProps) {
  const pct = total && total > 0 ? Math.max(0, Math.min(100, (progress / total) * 100)) : undefined;
  return (
    <div className="progress" data-testid="progress" data-progress={progress} data-total={total ?? ""}>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total ?? undefined}
        aria-valuenow={total ? progress : undefined}
        aria-valuetext={total ? `${progress} of ${total}` : `${progress}`}
      >
        <div
          className={pct === undefined ? "progress-fill progress-indeterminate" : "progress-fill"}
          style={pct === undefined ? undefined : { width: `${pct}%` }}
        />
      </div>
      <span className="progress-text small">
        {total ? `${progress} / ${total}` : `${progress}`}
        {message && ` · ${shownName(message)}`}
      </span>
    </div>
  );
}

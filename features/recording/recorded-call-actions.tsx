export interface RecordedCallActionsProps {
  seq: number;
  /** Why nothing can run from this page (no token), shown instead of the buttons. */
  disabledWhy?: string;
  onRunAgain(seq: number): void;
  onEdit(seq: number): void;
}

/**
 * A recorded request's "Run again" and "Edit and run": each reproduces the recording up to this
 * call (confirmed first, as Reproduce is), the second with its params changed in the confirm.
 */
export function RecordedCallActions({ seq, disabledWhy, onRunAgain, onEdit }: RecordedCallActionsProps) {
  return (
    <div className="resend-actions" role="group" aria-label="Run this request again">
      <button
        type="button"
        className="btn-small"
        onClick={() => onRunAgain(seq)}
        disabled={!!disabledWhy}
        title={disabledWhy ?? "Reproduce up to this call: the handshake, every recorded request before it, then it (confirmed first)"}
      >
        Run again
      </button>
      <button
        type="button"
        className="btn-small"
        onClick={() => onEdit(seq)}
        disabled={!!disabledWhy}
        title={disabledWhy ?? "Change its params, then reproduce up to it (confirmed first)"}
      >
        Edit and run
      </button>
    </div>
  );
}

import type { SentAgain } from "../../client/hooks";

export interface ResendActionsProps {
  /** The entry shown: what was sent again from it is said only under it. */
  seq: number;
  /** False for a method not sent again as is (initialize): only "Edit and send". */
  canSend: boolean;
  /** Not connected: nothing can be sent now (said on the buttons). */
  disabledWhy?: string;
  sent?: SentAgain;
  onSendAgain(): void;
  onEdit(): void;
  onJump(seq: number): void;
}

/** "Run again" and "Edit and run" for a request the inspector sent, and where the new one went. */
export function ResendActions({ seq, canSend, disabledWhy, sent, onSendAgain, onEdit, onJump }: ResendActionsProps) {
  const mine = sent?.fromSeq === seq ? sent : undefined;
  return (
    <div className="resend-actions" role="group" aria-label="Run this request again">
      {canSend && (
        <button
          type="button"
          className="btn-small"
          onClick={onSendAgain}
          disabled={!!disabledWhy || (mine && !mine.done)}
          title={disabledWhy ?? "The same method and params (a new progress token when it had one)"}
        >
          Run again
        </button>
      )}
      <button
        type="button"
        className="btn-small"
        onClick={onEdit}
        title="Open it in the Raw tab's editor to change it, then Send it from there"
      >
        Edit and run
      </button>
      {mine && (
        <span className="small resend-status" role="status" data-testid="resend-status">
          {mine.requestSeq === undefined ? (
            mine.error ? null : (
              "sending…"
            )
          ) : (
            <>
              sent again as{" "}
              <button type="button" className="linklike" onClick={() => onJump(mine.requestSeq!)} data-testid="resend-jump">
                seq {mine.requestSeq}
              </button>
              {mine.responseSeq !== undefined && (
                <>
                  , answered in{" "}
                  <button type="button" className="linklike" onClick={() => onJump(mine.responseSeq!)}>
                    seq {mine.responseSeq}
                  </button>
                </>
              )}
            </>
          )}
          {mine.error && <span className="form-error"> {mine.error}</span>}
        </span>
      )}
    </div>
  );
}

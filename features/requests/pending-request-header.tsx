import type { PendingServerRequest } from "../../lib/session/state";
import { formatTime } from "../../lib/record/entry-facts";
import { InputRequiredNote, type InputRequiredOrigin } from "./input-required-note";
import { answerDeadline, USUAL_SERVER_WAIT_MS } from "./answer-deadline";
import { RaisedByAgentBadge } from "./raised-by-agent-badge";

/** Title line of a held server request: what, when, when the backend gives up on it, where it is in the timeline, and the result it came in (input_required). */
export function PendingRequestHeader({
  request,
  title,
  origin,
  raisedByAgent,
  onShowEntry,
}: {
  request: PendingServerRequest;
  title: string;
  origin?: InputRequiredOrigin;
  /** The server raised it during a call of the coding agent attached to this session (its record row says `by: "agent"`). */
  raisedByAgent?: boolean;
  onShowEntry(seq: number): void;
}) {
  return (
    <>
      <header className="result-head pending-head">
        <h4>{title}</h4>
        <code className="muted small">{request.method}</code>
        {request.taskId && (
          <span
            className="badge badge-warn"
            title={`The server asked for this as a task (${request.taskId}); answering completes the task`}
          >
            task
          </span>
        )}
        {raisedByAgent && <RaisedByAgentBadge />}
        <DeadlineText request={request} />
        <span className="header-spacer" />
        <button type="button" className="btn-small" onClick={() => onShowEntry(request.seq)}>
          seq {request.seq} in timeline
        </button>
      </header>
      {origin && <InputRequiredNote origin={origin} onShowEntry={onShowEntry} />}
    </>
  );
}

/** When it was received and when an answer comes too late: the first of our limit and the server's usual one. */
function DeadlineText({ request }: { request: PendingServerRequest }) {
  const d = answerDeadline(request);
  const received = `received ${formatTime(request.receivedAt)}`;
  if (d.by === "inspector")
    return (
      <span className="muted small" data-testid="answer-deadline">
        {received} · times out at {formatTime(d.at)} (the inspector&apos;s limit)
      </span>
    );
  return (
    <span
      className="muted small"
      data-testid="answer-deadline"
      title={`Servers built on the official SDKs give up on their own request after ${USUAL_SERVER_WAIT_MS / 1000} s unless they set another limit; this server did not say which it uses.`}
    >
      {received} · answer by {formatTime(d.at)}: a server usually gives up after {USUAL_SERVER_WAIT_MS / 1000} s (its own limit is unknown)
      · the inspector waits until {formatTime(d.inspectorAt)}
    </span>
  );
}

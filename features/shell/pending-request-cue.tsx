"use client";
import type { PendingServerRequest } from "../../lib/session/state";

const WHAT: Record<string, string> = {
  "sampling/createMessage": "a sampling request (an LLM completion)",
  "elicitation/create": "an elicitation (input from you)",
  "roots/list": "the roots list",
};

/**
 * Where the person is looking (any tab but Requests): the server is waiting for them. A tool
 * call that caused the request shows only "Calling…", so the cue says what is asked; "Answer"
 * opens the request's own form over the work area (issue 54 item 3), not another tab.
 */
export function PendingRequestCue({
  pending,
  onAnswer,
  onRequestsTab,
}: {
  pending: readonly PendingServerRequest[];
  /** Open the waiting request's form where the person is; absent when none waits for a person. */
  onAnswer?(): void;
  onRequestsTab(): void;
}) {
  if (pending.length === 0) return null;
  const first = pending[0];
  const what = WHAT[first.method] ?? first.method;
  return (
    <div className="pending-cue" role="status" data-testid="pending-cue">
      <span>
        The server is waiting for you: {what}
        {first.inputRequired ? " (asked for in a result: input_required)" : ""}
        {pending.length > 1 ? ` and ${pending.length - 1} more` : ""}.
      </span>
      <span className="button-row">
        {onAnswer && (
          <button type="button" className="btn-primary btn-small" onClick={onAnswer}>
            Answer
          </button>
        )}
        <button type="button" className="btn-small" onClick={onRequestsTab}>
          Requests tab
        </button>
      </span>
    </div>
  );
}

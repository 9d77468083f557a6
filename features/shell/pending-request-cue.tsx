"use client";
import type { PendingServerRequest } from "../../lib/session/state";

const WHAT: Record<string, string> = {
  "sampling/createMessage": "a sampling request (an LLM completion)",
  "elicitation/create": "an elicitation (input from you)",
  "roots/list": "the roots list",
};

/**
 * Where the person is looking (any tab but Requests): the server is waiting for them. A tool
 * call that caused the request shows only "Calling…", so the cue says what is asked and
 * takes them to it.
 */
export function PendingRequestCue({ pending, onOpen }: { pending: readonly PendingServerRequest[]; onOpen(): void }) {
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
      <button type="button" className="btn-primary btn-small" onClick={onOpen}>
        Answer in Requests
      </button>
    </div>
  );
}

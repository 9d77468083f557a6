"use client";
import type { WaitingCall } from "../../lib/wire/chat";
import { JsonPreview } from "../../components/json-preview";
import { shownName } from "../../components/shown-text";

export interface WaitingCallCardProps {
  call: WaitingCall;
  busy: boolean;
  onDecide(decision: "approved" | "denied"): void;
}

/** A tool call the model asked for, waiting for the person: nothing reaches the server until they approve it. */
export function WaitingCallCard({ call, busy, onDecide }: WaitingCallCardProps) {
  return (
    <article
      className="chat-tool chat-tool-waiting card"
      aria-label={`Tool call ${shownName(call.name)} waiting`}
      data-testid="chat-waiting-call"
    >
      <header className="chat-tool-head">
        <span className="badge badge-warn">waiting for you</span> The model wants to call{" "}
        <code className="chat-tool-name">{shownName(call.name)}</code>
        {call.readOnly && <span className="badge">read-only</span>}
      </header>
      {call.problem && (
        <p className="chat-problem" data-testid="chat-call-problem">
          {call.problem}: sent only if you approve it as is.
        </p>
      )}
      <JsonPreview value={call.args} fileName={`${call.name}-arguments.json`} />
      <div className="button-row">
        <button type="button" className="btn-primary" disabled={busy} onClick={() => onDecide("approved")}>
          Approve and call
        </button>
        <button type="button" className="btn-danger" disabled={busy} onClick={() => onDecide("denied")}>
          Deny
        </button>
      </div>
    </article>
  );
}

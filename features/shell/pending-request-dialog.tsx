"use client";
import "./pending-request-dialog.css";
import { useEffect, useRef, useState } from "react";
import type { PendingServerRequest } from "../../lib/session/state";

/** What waits for a person's answer (roots/list is answered from the Roots tab's list by itself). */
const ASKS_A_PERSON: Record<string, string> = {
  "sampling/createMessage": "a sampling request: it asks you (as the LLM) for a completion",
  "elicitation/create": "an elicitation: it asks you for input",
};

/**
 * A request that waits for the person is unmissable (issue 39 item 5): each new one opens a panel
 * over the work area with focus on "Answer now", which opens the Requests tab at the request.
 * "Later" (or Escape) closes it, and the banner stays. Not modal: the page behind stays usable (the
 * banner, the tabs, a call's Cancel), as the person may want to look before answering.
 */
export function PendingRequestDialog({
  pending,
  onRequestsTab,
  onOpen,
}: {
  pending: readonly PendingServerRequest[];
  /** The person is on the Requests tab: what is there is seen, no dialog. */
  onRequestsTab: boolean;
  onOpen(): void;
}) {
  // Requests come in seq order: the highest one shown (or seen on the Requests tab) so far. A
  // dismissed one does not come back; the next new one does.
  const [seenThrough, setSeenThrough] = useState(-1);
  const newest = pending.reduce((m, p) => Math.max(m, p.seq), -1);
  // On the Requests tab everything there is seen (state adjusted while rendering, as React advises over an effect).
  if (onRequestsTab && newest > seenThrough) setSeenThrough(newest);
  const fresh = pending.find((p) => ASKS_A_PERSON[p.method] && p.seq > seenThrough);
  const dismiss = () => setSeenThrough(newest);
  if (!fresh || onRequestsTab) return null;
  const more = pending.filter((p) => ASKS_A_PERSON[p.method]).length - 1;
  return <WaitingPanel request={fresh} more={more} onAnswer={() => (dismiss(), onOpen(), focusRequest(fresh.seq))} onLater={dismiss} />;
}

function WaitingPanel({
  request,
  more,
  onAnswer,
  onLater,
}: {
  request: PendingServerRequest;
  more: number;
  onAnswer(): void;
  onLater(): void;
}) {
  const answer = useRef<HTMLButtonElement>(null);
  // Focus moves to it when it opens (and each time another request replaces it).
  useEffect(() => answer.current?.focus(), [request.pendingId]);
  return (
    <section
      role="dialog"
      aria-modal="false"
      aria-labelledby="pending-dialog-title"
      className="pending-dialog"
      data-testid="pending-dialog"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onLater();
        }
      }}
    >
      <h2 id="pending-dialog-title">The server is waiting for you</h2>
      <p>
        It sent {ASKS_A_PERSON[request.method]}
        {request.inputRequired ? " (asked for in a result: input_required)" : ""}
        {more > 0 ? `, and ${more} more wait after it` : ""}. The call that caused it shows only &ldquo;Calling…&rdquo; until you answer, or
        until it times out.
      </p>
      <div className="form-actions">
        <button ref={answer} type="button" className="btn-primary" onClick={onAnswer}>
          Answer now
        </button>
        <button type="button" onClick={onLater}>
          Later
        </button>
      </div>
    </section>
  );
}

/**
 * Focus moves to the request's card once the Requests tab shows it (it may mount a few frames
 * later, the first time the tab opens): tried on each frame, at most 30.
 */
function focusRequest(seq: number, frames = 30): void {
  requestAnimationFrame(() => {
    const card = document.querySelector<HTMLElement>(`[data-pending-seq="${seq}"]`);
    if (card && card.offsetParent !== null) card.focus();
    else if (frames > 0) focusRequest(seq, frames - 1);
  });
}

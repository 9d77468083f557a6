"use client";
import "./pending-request-dialog.css";
import { useEffect, useRef, useState } from "react";
import type { PendingServerRequest, SessionState } from "../../lib/session/state";
import { PendingRequestCue } from "./pending-request-cue";
import { lazyView } from "../../components/lazy-view";

// The form (an elicitation's schema form kit, a sampling answer) loads when a request first waits (issue 89).
const PendingRequestPanel = lazyView(
  () => import("../requests/pending-request-panel").then((m) => m.PendingRequestPanel),
  "the request's form",
);

/** What waits for a person's answer (roots/list is answered from the Roots tab's list by itself). */
const ASKS_A_PERSON: Record<string, string> = {
  "sampling/createMessage": "a sampling request: it asks you (as the LLM) for a completion",
  "elicitation/create": "an elicitation: it asks you for input",
};

export interface PendingRequestPromptProps {
  state?: SessionState;
  /** The person is on the Requests tab: every waiting request is there, no cue and no dialog. */
  onRequestsTab: boolean;
  openRequestsTab(): void;
  onShowEntry(seq: number): void;
}

/**
 * A request that waits for the person is answered where they are, in one step (issue 54 item 3;
 * issue 39 item 5 made it unmissable): each new one opens its own form (the Requests tab's card)
 * in a panel over the work area, with focus in the form. "Later" (or Escape) folds it into the
 * banner, whose "Answer" opens it again. Not modal: the page behind stays usable (a call's Cancel,
 * the timeline), as the person may want to look before answering.
 */
export function PendingRequestPrompt({ state, onRequestsTab, openRequestsTab, onShowEntry }: PendingRequestPromptProps) {
  const pending = state?.pending ?? [];
  const asks = pending.filter((p) => ASKS_A_PERSON[p.method]);
  // Requests come in seq order: the highest one put away ("Later", or seen on the Requests tab).
  // A dismissed one does not come back by itself; the next new one does, and "Answer" brings it back.
  const [laterThrough, setLaterThrough] = useState(-1);
  const newest = asks.reduce((m, p) => Math.max(m, p.seq), -1);
  // State adjusted while rendering, as React advises over an effect.
  if (onRequestsTab && newest > laterThrough) setLaterThrough(newest);
  const current = asks.find((p) => p.seq > laterThrough);
  if (onRequestsTab) return null;
  return (
    <>
      <PendingRequestCue
        pending={pending}
        onAnswer={asks.length && !current ? () => setLaterThrough(asks[0].seq - 1) : undefined}
        onRequestsTab={openRequestsTab}
      />
      {current && (
        <WaitingPanel
          request={current}
          state={state}
          before={asks.filter((p) => p.seq < current.seq).length}
          after={asks.filter((p) => p.seq > current.seq).length}
          onLater={() => setLaterThrough(newest)}
          onRequestsTab={openRequestsTab}
          onShowEntry={onShowEntry}
        />
      )}
    </>
  );
}

function WaitingPanel({
  request,
  state,
  before,
  after,
  onLater,
  onRequestsTab,
  onShowEntry,
}: {
  request: PendingServerRequest;
  state?: SessionState;
  /** Other requests waiting that came before this one (put away with Later) and after it. */
  before: number;
  after: number;
  onLater(): void;
  onRequestsTab(): void;
  onShowEntry(seq: number): void;
}) {
  const panel = useRef<HTMLElement>(null);
  // Focus goes into the form when it opens (and each time another request replaces it): the
  // field the person fills first, else the first button. Tried over a few frames (RJSF lays its fields out after mount).
  useEffect(() => focusForm(panel.current), [request.pendingId]);
  return (
    <section
      ref={panel}
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
      <div className="pending-dialog-head">
        <h2 id="pending-dialog-title">The server is waiting for you</h2>
        <span className="header-spacer" />
        <button type="button" className="btn-small" onClick={onLater} title="Put it away (Escape): the banner brings it back">
          Later
        </button>
      </div>
      <p className="small">
        It sent {ASKS_A_PERSON[request.method]}
        {request.inputRequired ? " (asked for in a result: input_required)" : ""}
        {before + after > 0 && (
          <>
            ; {othersWaiting(before, after)} (
            <button type="button" className="linklike" onClick={onRequestsTab}>
              all in the Requests tab
            </button>
            )
          </>
        )}
        . The call that caused it shows only &ldquo;Calling…&rdquo; until you answer, or until it times out.
      </p>
      <PendingRequestPanel scope="dialog" request={request} state={state} onShowEntry={onShowEntry} />
    </section>
  );
}

/**
 * The other waiting requests, in the order they came (issue 66 item 9: one that came first was
 * called "1 more wait after it").
 */
export function othersWaiting(before: number, after: number): string {
  const n = (k: number) => (k === 1 ? "1 other waits" : `${k} others wait`);
  const parts = [before > 0 ? `${n(before)} from before it` : "", after > 0 ? `${n(after)} after it` : ""].filter(Boolean);
  return parts.join(", and ");
}

function focusForm(panel: HTMLElement | null, frames = 30): void {
  requestAnimationFrame(() => {
    if (!panel?.isConnected) return;
    const card = panel.querySelector<HTMLElement>("[data-pending-seq]");
    // The form's code still arriving (lazyView): wait for the card itself, then count frames.
    if (!card) return focusForm(panel, frames);
    // What the person writes first: a sampling answer's text, else an elicitation's first field.
    const field = ["textarea", "input:not([type=hidden]):not([disabled])", "select"]
      .map((q) => card.querySelector<HTMLElement>(q))
      .find((el) => el && el.offsetParent !== null);
    const target = field ?? card.querySelector<HTMLElement>("button:not([disabled])") ?? card;
    if (target && target.offsetParent !== null) target.focus();
    else if (frames > 0) focusForm(panel, frames - 1);
  });
}

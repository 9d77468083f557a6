"use client";
import { EmptyState } from "../../components/empty-state";
import { PendingRequestCard } from "../../components/pending-request-card";
import type { SessionState } from "../../lib/session-state";
import { useAnswer } from "../../page-lib/hooks";

/** Requests the target sent to the inspector (sampling, elicitation, roots), waiting for an answer. */
export function RequestsContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const answer = useAnswer();
  const pending = state?.pending ?? [];
  if (!pending.length) return <EmptyState title="No requests from the server" text="When the server asks for sampling, elicitation or roots, the request waits here for your answer." />;
  return (
    <div className="pending-list">
      {answer.error && (
        <p className="form-error" role="alert">
          {answer.error.message}
        </p>
      )}
      {pending.map((p) => (
        <PendingRequestCard key={p.pendingId} request={p} busy={answer.isPending} onAnswer={(reply) => answer.mutate({ pendingId: p.pendingId, ...reply })} onShowEntry={onShowEntry} />
      ))}
    </div>
  );
}

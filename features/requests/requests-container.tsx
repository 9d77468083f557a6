"use client";
import { useMemo, useState } from "react";
import { CannedResponsesPanel } from "./canned-responses-panel";
import { EmptyState } from "../../components/empty-state";
import { HandledRequestsList } from "./handled-requests-list";
import type { SessionState } from "../../lib/session/state";
import { useSession } from "../../client/session-context";
import { classifyHandled } from "./handled-requests";
import { useFeed } from "../../client/protocol-hooks";
import { ElicitationPolicySelect } from "./elicitation-policy-select";
import { useStandingAnswers } from "../../client/use-standing-answers";
import { PendingRequestPanel } from "./pending-request-panel";

/** Requests the target sent to the inspector (sampling, elicitation, roots): a queue a person answers, then how each ended. */
export function RequestsContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const { timeline } = useSession();
  const { feed, version } = useFeed();
  const standing = useStandingAnswers(state);
  const pending = state?.pending ?? [];
  // This connection's requests only, after what the person cleared.
  const [clearedThrough, setClearedThrough] = useState(-1);
  const handled = useMemo(() => {
    const waiting = new Set(pending.map((p) => p.seq));
    return feed.serverRequests
      .filter((r) => !waiting.has(r.seq) && r.seq >= feed.connectionFrom && r.seq > clearedThrough)
      .slice(-30)
      .reverse()
      .map((r) => {
        const rs = timeline.responseSeqOf(r.seq);
        return classifyHandled(r.seq, r.method, rs === undefined ? undefined : timeline.bySeq(rs));
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the feed and timeline change in place; `version` says when
  }, [feed, version, pending, timeline, clearedThrough]);

  return (
    <div className="pending-list">
      <CannedResponsesPanel settings={standing.answers.sampling} onSave={(sampling) => standing.set.mutate({ sampling })} />
      <ElicitationPolicySelect policy={standing.answers.elicitation} onChange={(elicitation) => standing.set.mutate({ elicitation })} />
      {standing.set.error && (
        <p className="form-error" role="alert">
          The standing answers were not changed: {standing.set.error.message}
        </p>
      )}
      {pending.length === 0 && (
        <EmptyState
          title="No requests waiting"
          text="When the server asks for sampling or elicitation, the request waits here for your answer, unless a standing answer above covers it. roots/list is answered from the Roots tab."
        />
      )}
      {pending.map((p) => (
        <PendingRequestPanel scope="tab" key={p.pendingId} request={p} state={state} onShowEntry={onShowEntry} />
      ))}
      <HandledRequestsList rows={handled} onShowEntry={onShowEntry} onClear={() => setClearedThrough(timeline.lastSeq)} />
    </div>
  );
}

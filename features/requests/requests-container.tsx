"use client";
import { useMemo, useState } from "react";
import { CannedResponsesPanel } from "./canned-responses-panel";
import { ElicitationForm } from "./elicitation-form";
import { ElicitationUrl } from "./elicitation-url-card";
import { EmptyState } from "../../components/empty-state";
import { HandledRequestsList } from "./handled-requests-list";
import { PendingRequestCard } from "./pending-request-card";
import { PendingRequestHeader } from "./pending-request-header";
import type { InputRequiredOrigin } from "./input-required-note";
import { SamplingRequestView } from "./sampling-request-view";
import { SamplingResponseForm } from "./sampling-response-form";
import type { PendingServerRequest, SessionState } from "../../lib/session/state";
import { useSession } from "../../client/session-context";
import { classifyHandled } from "./handled-requests";
import { useAnswer } from "../../client/hooks";
import { useFeed } from "../../client/protocol-hooks";
import { ElicitationPolicySelect } from "./elicitation-policy-select";
import { useStandingAnswers } from "../../client/use-standing-answers";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { asRecord } from "../../lib/json/shape";

/** The JSON-RPC error a person's rejection of a sampling request sends (as the official inspector does). */
export const SAMPLING_REJECTED = { code: RpcErrorCode.Rejected, message: "User rejected sampling request" };

/** Requests the target sent to the inspector (sampling, elicitation, roots): a queue a person answers, then how each ended. */
export function RequestsContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const answer = useAnswer();
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

  // The request whose input_required result carried an embedded request (its method, from the record).
  const originOf = (p: PendingServerRequest): InputRequiredOrigin | undefined => {
    if (!p.inputRequired) return undefined;
    const e = timeline.bySeq(p.inputRequired.requestSeq);
    const method = e?.kind === "message" ? asRecord(e.message).method : undefined;
    return { ...p.inputRequired, ...(typeof method === "string" ? { method } : {}) };
  };
  const send = (p: PendingServerRequest, reply: { result?: Record<string, unknown>; error?: { code: number; message: string } }) =>
    answer.mutate({ pendingId: p.pendingId, ...reply });

  return (
    <div className="pending-list">
      <CannedResponsesPanel settings={standing.answers.sampling} onSave={(sampling) => standing.set.mutate({ sampling })} />
      <ElicitationPolicySelect policy={standing.answers.elicitation} onChange={(elicitation) => standing.set.mutate({ elicitation })} />
      {standing.set.error && (
        <p className="form-error" role="alert">
          The standing answers were not changed: {standing.set.error.message}
        </p>
      )}
      {answer.error && (
        <p className="form-error" role="alert">
          The answer was not sent: {answer.error.message}
        </p>
      )}
      {pending.length === 0 && (
        <EmptyState
          title="No requests waiting"
          text="When the server asks for sampling or elicitation, the request waits here for your answer, unless a standing answer above covers it. roots/list is answered from the Roots tab."
        />
      )}
      {pending.map((p) => (
        <PendingItem
          key={p.pendingId}
          request={p}
          origin={originOf(p)}
          busy={answer.isPending}
          onSend={(r) => send(p, r)}
          onShowEntry={onShowEntry}
          completed={feed.elicitationsCompleted}
        />
      ))}
      <HandledRequestsList rows={handled} onShowEntry={onShowEntry} onClear={() => setClearedThrough(timeline.lastSeq)} />
    </div>
  );
}

interface PendingItemProps {
  request: PendingServerRequest;
  origin?: InputRequiredOrigin;
  busy: boolean;
  onSend(reply: { result?: Record<string, unknown>; error?: { code: number; message: string } }): void;
  onShowEntry(seq: number): void;
  completed: ReadonlySet<string>;
}

function PendingItem({ request: p, origin, busy, onSend, onShowEntry, completed }: PendingItemProps) {
  const params = asRecord(p.params);
  if (p.method === "sampling/createMessage") {
    return (
      <article
        className="card pending-card"
        aria-label="Sampling request from the server"
        data-testid="sampling-card"
        tabIndex={-1}
        data-pending-seq={p.seq}
      >
        <PendingRequestHeader request={p} title="Sampling request" origin={origin} onShowEntry={onShowEntry} />
        <SamplingRequestView params={p.params} />
        <SamplingResponseForm
          busy={busy}
          pendingId={p.pendingId}
          onApprove={(result) => onSend({ result })}
          onReject={() => onSend({ error: SAMPLING_REJECTED })}
        />
      </article>
    );
  }
  if (p.method === "elicitation/create") {
    const url = params.mode === "url";
    return (
      <article
        className="card pending-card"
        aria-label={url ? "URL elicitation from the server" : "Elicitation from the server"}
        data-testid="elicitation-card"
        tabIndex={-1}
        data-pending-seq={p.seq}
      >
        <PendingRequestHeader request={p} title={url ? "URL elicitation" : "Elicitation"} origin={origin} onShowEntry={onShowEntry} />
        {url ? (
          <ElicitationUrl
            params={p.params}
            busy={busy}
            completedByServer={typeof params.elicitationId === "string" && completed.has(params.elicitationId)}
            onAnswer={(result) => onSend({ result })}
          />
        ) : (
          <ElicitationForm params={p.params} busy={busy} idPrefix={`elicit-${p.pendingId}`} onAnswer={(result) => onSend({ result })} />
        )}
      </article>
    );
  }
  return <PendingRequestCard request={p} origin={origin} busy={busy} onAnswer={onSend} onShowEntry={onShowEntry} />;
}

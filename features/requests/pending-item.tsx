"use client";
import { ElicitationForm } from "./elicitation-form";
import { ElicitationUrl } from "./elicitation-url-card";
import { PendingRequestCard } from "./pending-request-card";
import { PendingRequestHeader } from "./pending-request-header";
import type { InputRequiredOrigin } from "./input-required-note";
import { SamplingRequestView } from "./sampling-request-view";
import { SamplingResponseForm } from "./sampling-response-form";
import type { PendingServerRequest } from "../../lib/session/state";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { asRecord } from "../../lib/json/shape";

/** The JSON-RPC error a person's rejection of a sampling request sends (as the official inspector does). */
export const SAMPLING_REJECTED = { code: RpcErrorCode.Rejected, message: "User rejected sampling request" };

export interface PendingItemProps {
  request: PendingServerRequest;
  origin?: InputRequiredOrigin;
  /** The server raised it during the coding agent's call (its record row says `by: "agent"`). */
  raisedByAgent?: boolean;
  /** serverInfo's name or title: who asks, in the elicitation's trust note. */
  serverName?: string;
  busy: boolean;
  onSend(reply: { result?: Record<string, unknown>; error?: { code: number; message: string } }): void;
  onShowEntry(seq: number): void;
  /** elicitationIds the server reported complete. */
  completed: ReadonlySet<string>;
  /** Where this copy is drawn ("tab", "dialog"): the same request can be in both, and field ids must not clash. */
  scope: string;
}

/** One held server request with the form that answers it: sampling, elicitation (form or URL), or any other as JSON. */
export function PendingItem({
  request: p,
  origin,
  raisedByAgent,
  serverName,
  busy,
  onSend,
  onShowEntry,
  completed,
  scope,
}: PendingItemProps) {
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
        <PendingRequestHeader
          request={p}
          title="Sampling request"
          origin={origin}
          raisedByAgent={raisedByAgent}
          onShowEntry={onShowEntry}
        />
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
        <PendingRequestHeader
          request={p}
          title={url ? "URL elicitation" : "Elicitation"}
          origin={origin}
          raisedByAgent={raisedByAgent}
          onShowEntry={onShowEntry}
        />
        {url ? (
          <ElicitationUrl
            params={p.params}
            busy={busy}
            serverName={serverName}
            completedByServer={typeof params.elicitationId === "string" && completed.has(params.elicitationId)}
            onAnswer={(result) => onSend({ result })}
          />
        ) : (
          <ElicitationForm
            params={p.params}
            busy={busy}
            serverName={serverName}
            idPrefix={`elicit-${scope}-${p.pendingId}`}
            onAnswer={(result) => onSend({ result })}
          />
        )}
      </article>
    );
  }
  return (
    <PendingRequestCard request={p} origin={origin} raisedByAgent={raisedByAgent} busy={busy} onAnswer={onSend} onShowEntry={onShowEntry} />
  );
}

"use client";
import { useState } from "react";
import type { PendingServerRequest } from "../../lib/session/state";
import type { JsonRpcError } from "../../lib/wire/protocol";
import { answerTemplate } from "./answer-templates";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { formatTime } from "../../lib/record/entry-facts";
import { inertJson } from "../../lib/text/visible";
import { ServerText } from "../../components/server-text";
import { shownName } from "../../components/shown-text";
import { InputRequiredNote, type InputRequiredOrigin } from "./input-required-note";
import { RaisedByAgentBadge } from "./raised-by-agent-badge";

export interface PendingRequestCardProps {
  request: PendingServerRequest;
  busy: boolean;
  /** Set when the request came embedded in an input_required result. */
  origin?: InputRequiredOrigin;
  /** The server raised it during the coding agent's call. */
  raisedByAgent?: boolean;
  onAnswer(reply: { result?: Record<string, unknown>; error?: JsonRpcError }): void;
  onShowEntry(seq: number): void;
}

/** One held server->client request: its params, and a JSON answer or a refusal. */
export function PendingRequestCard({ request, busy, origin, raisedByAgent, onAnswer, onShowEntry }: PendingRequestCardProps) {
  const [text, setText] = useState(() => JSON.stringify(answerTemplate(request.method, request.params), null, 2));
  const [problem, setProblem] = useState<string>();
  const send = () => {
    try {
      const v = JSON.parse(text);
      if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error("the result must be a JSON object");
      setProblem(undefined);
      onAnswer({ result: v });
    } catch (e) {
      setProblem((e as Error).message);
    }
  };
  return (
    // Focusable, so the waiting-request dialog's "Answer now" puts the keyboard here.
    <article
      className="card pending-card"
      aria-label={`${shownName(request.method)} from the server`}
      tabIndex={-1}
      data-pending-seq={request.seq}
    >
      <header className="result-head">
        <h4>
          <ServerText text={request.method} />
        </h4>
        {raisedByAgent && <RaisedByAgentBadge />}
        <span className="muted small">
          received {formatTime(request.receivedAt)} · answered with a timeout error at {formatTime(request.deadline)}
        </span>
        <button type="button" className="btn-small" onClick={() => onShowEntry(request.seq)}>
          Show in timeline
        </button>
      </header>
      {origin && <InputRequiredNote origin={origin} onShowEntry={onShowEntry} />}
      <pre className="json">{inertJson(JSON.stringify(request.params, null, 2))}</pre>
      <label className="field">
        <span>Result to send</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={8} spellCheck={false} className="mono" />
      </label>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="btn-primary" disabled={busy} onClick={send}>
          Send result
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onAnswer({ error: { code: RpcErrorCode.Rejected, message: "Rejected from the MCP Inspector" } })}
        >
          Reject
        </button>
      </div>
    </article>
  );
}

"use client";
import type { PendingServerRequest, SessionState } from "../../lib/session/state";
import { useSession } from "../../client/session-context";
import { useAnswer } from "../../client/hooks";
import { useFeed } from "../../client/protocol-hooks";
import { asRecord, objectOr } from "../../lib/json/shape";
import type { InputRequiredOrigin } from "./input-required-note";
import { PendingItem } from "./pending-item";

/**
 * A held server request wired to its answer: the same card in the Requests tab and in the dialog
 * that opens where the person is (issue 54 item 3), so either answers it in one step.
 */
export function PendingRequestPanel({
  request,
  state,
  scope,
  onShowEntry,
}: {
  request: PendingServerRequest;
  state?: SessionState;
  /** "tab" or "dialog" (see PendingItem). */
  scope: string;
  onShowEntry(seq: number): void;
}) {
  const answer = useAnswer();
  const { timeline } = useSession();
  const { feed } = useFeed();
  // The request whose input_required result carried an embedded request (its method, from the record).
  let origin: InputRequiredOrigin | undefined;
  if (request.inputRequired) {
    const e = timeline.bySeq(request.inputRequired.requestSeq);
    const method = e?.kind === "message" ? asRecord(e.message).method : undefined;
    origin = { ...request.inputRequired, ...(typeof method === "string" ? { method } : {}) };
  }
  const raised = timeline.bySeq(request.seq);
  const raisedByAgent = raised?.kind === "message" && raised.by === "agent";
  return (
    <>
      {answer.error && (
        <p className="form-error" role="alert">
          The answer was not sent: {answer.error.message}
        </p>
      )}
      <PendingItem
        request={request}
        origin={origin}
        raisedByAgent={raisedByAgent}
        serverName={serverNameOf(state)}
        busy={answer.isPending}
        onSend={(reply) => answer.mutate({ pendingId: request.pendingId, ...reply })}
        onShowEntry={onShowEntry}
        completed={feed.elicitationsCompleted}
        scope={scope}
      />
    </>
  );
}

/** serverInfo's title, else its name (what the header shows); undefined when it sent neither. */
export function serverNameOf(state: SessionState | undefined): string | undefined {
  const info = objectOr(state?.negotiated?.serverInfo);
  return typeof info?.title === "string" ? info.title : typeof info?.name === "string" ? info.name : undefined;
}

"use client";
import type { Entry } from "../../lib/record/format";
import { useSessionState, type useSendAgain } from "../../client/hooks";
import { rawDrafts } from "../../client/raw-draft";
import { ResendActions } from "./resend-actions";
import { canSendAgain, composerTextOf, resendDraftOf } from "./resend";
import { SaveAsTestButton } from "../collections/save-as-test-button";

/**
 * "Run again" and "Edit and run" wired to the live session: the first through the `request`
 * command, the second by handing the Raw tab a draft and showing that tab. Nothing for an entry
 * that is not a request this side sent.
 */
export function LiveResendActions({
  entry,
  onJump,
  runAgain,
}: {
  entry: Entry;
  onJump(seq: number): void;
  /** The timeline's one "Run again" state: the row's ↻ and these buttons say the same. */
  runAgain: ReturnType<typeof useSendAgain>;
}) {
  const state = useSessionState();
  const { sent, send } = runAgain;
  const draft = resendDraftOf(entry);
  if (!draft) return null;
  // A host's session seen through the tap (issue 65): the page watches it and sends nothing into it.
  if (state?.tap)
    return (
      <p className="muted small" data-testid="tap-no-resend">
        The host sent this. Through the tap the page sends nothing of its own: save the session and replay it with{" "}
        <code>inspector replay FILE</code>.
      </p>
    );
  return (
    <>
      <ResendActions
        seq={entry.seq}
        canSend={canSendAgain(draft)}
        disabledWhy={state?.status === "connected" ? undefined : "Not connected: connect to send it again"}
        sent={sent}
        onSendAgain={() => send(entry.seq, draft)}
        onEdit={() => rawDrafts.open(composerTextOf(draft))}
        onJump={onJump}
      />
      <SaveAsTestButton requestSeq={entry.seq} defaultName={draft.method} />
    </>
  );
}

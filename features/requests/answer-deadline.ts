import type { PendingServerRequest } from "../../lib/session/state";

/**
 * How long a server usually waits for its own request: both official SDKs' default request
 * timeout (DEFAULT_REQUEST_TIMEOUT_MSEC, 60 s). A server may set another; we cannot see it.
 */
export const USUAL_SERVER_WAIT_MS = 60_000;

/** The first limit (`at`: when an answer is too late) and whose it is; the inspector's own beside a server's. */
export type AnswerDeadline = { at: number; by: "inspector" } | { at: number; by: "server-usual"; inspectorAt: number };

/**
 * When the person must answer by (issue 66 item 9): the inspector's own deadline, or the one a
 * server's request usually has, whichever comes first. The panel said only ours (300 s) while the
 * server gave up after 60 s and the call failed unseen. A request inside an `input_required`
 * result or run as a task has no server waiting on it, so only ours applies there.
 */
export function answerDeadline(r: Pick<PendingServerRequest, "receivedAt" | "deadline" | "taskId" | "inputRequired">): AnswerDeadline {
  if (r.inputRequired || r.taskId) return { at: r.deadline, by: "inspector" };
  const usual = r.receivedAt + USUAL_SERVER_WAIT_MS;
  return usual < r.deadline ? { at: usual, by: "server-usual", inspectorAt: r.deadline } : { at: r.deadline, by: "inspector" };
}

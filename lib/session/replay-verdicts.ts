import { asRecord } from "../json/shape";
import type { ReplayReport, ReplayStatus } from "./replay-result";
import { boundedValue, type Verdict } from "./verdicts";

// Apart from replay-result.ts, which the launcher loads with the wire's replies: only `replay
// --save-session` needs this.

const REPLAY_VERDICT: Record<ReplayStatus, Verdict["status"]> = {
  same: "pass",
  changed: "fail",
  "new-error": "fail",
  "fixed-error": "fail",
  "no-response": "error",
  sent: "pass",
  cancelled: "skipped",
};

/**
 * A replay's items as the verdicts of the session it recorded (`replay --save-session`): each
 * replayed request, the recorded answer as expected and the live one as actual, at the seqs of the
 * live record. A notification sent again is no verdict.
 */
export function replayVerdicts(r: ReplayReport): Verdict[] {
  return r.items
    .filter((i) => i.status !== "sent")
    .map((i) => {
      const name = asRecordName(i.params);
      const failed = REPLAY_VERDICT[i.status] !== "pass";
      return {
        source: "replay" as const,
        name: `#${i.recordedSeq} ${i.method}${name ? ` ${name}` : ""}`,
        status: REPLAY_VERDICT[i.status],
        method: i.method,
        message: [i.status, i.note].filter(Boolean).join(": "),
        ...(failed && i.recorded !== undefined ? { expected: boundedValue(i.recorded) } : {}),
        ...(failed && i.replayed !== undefined ? { actual: boundedValue(i.replayed) } : {}),
        ...(i.replayedRequestSeq !== undefined ? { requestSeq: i.replayedRequestSeq } : {}),
        ...(i.replayedResponseSeq !== undefined ? { responseSeq: i.replayedResponseSeq } : {}),
      };
    });
}

function asRecordName(params: unknown): string | undefined {
  const name = asRecord(params).name;
  return typeof name === "string" ? name : undefined;
}

import * as z from "zod";
import type { DiffOp } from "./json-diff";
import type { Entry } from "../record/format";
import { isErrorResponse, resultObject } from "../protocol/jsonrpc";
import { verdictFailed, type Verdict } from "./verdicts";

/**
 * What replaying one recorded request gave, compared with the recording. `cancelled`: the
 * recording cancelled it, so it was not sent again (its outcome was the cancellation).
 */
export const ReplayStatusSchema = z.enum(["same", "changed", "new-error", "fixed-error", "no-response", "sent", "cancelled"]);
export type ReplayStatus = z.infer<typeof ReplayStatusSchema>;

export const ReplayItemSchema = z.object({
  /** seq of the request in the recording. */
  recordedSeq: z.number().int(),
  method: z.string(),
  params: z.unknown().optional(),
  status: ReplayStatusSchema,
  recorded: z.unknown().optional(),
  replayed: z.unknown().optional(),
  diff: z.array(
    z.object({
      path: z.string(),
      op: z.enum(["added", "removed", "changed"]),
      before: z.unknown().optional(),
      after: z.unknown().optional(),
    }),
  ),
  /** Why there is no response, when there is none; why it was not sent. */
  note: z.string().optional(),
  /** Server-minted ids (a task id, a cursor) replaced in this request: the recorded value, the live one sent. */
  mapped: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
  /** Paths whose values differed but are volatile by nature (ids, clocks, pids): masked, not counted. */
  masked: z.array(z.string()).optional(),
  /** Paths that differed between two runs of the unchanged server (`replay --runs 2`): ignored, proposed as ignores. */
  volatile: z.array(z.string()).optional(),
  /**
   * Changes `inspector diff` calls compatible (another order, an added tool, a description, `_meta`,
   * a notification kind newly sent): reported, not failed (issue 64), unless `--fail-on any`.
   */
  compatible: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** The recorded answer's time, the live one's and the most it may be (`--latency-factor`, `--latency-min-ms`). */
  latency: z.object({ recordedMs: z.number(), ms: z.number(), limitMs: z.number() }).optional(),
  /** Where the reproduction's request and response are in the live record (the page links to them). */
  replayedRequestSeq: z.number().int().optional(),
  replayedResponseSeq: z.number().int().optional(),
});
export type ReplayItem = z.infer<typeof ReplayItemSchema> & { diff: DiffOp[] };

/**
 * What the replay says of a recording that holds a failure, as a bug report (issue 87):
 * `reproduced` when every answer came back the same (the bug is still there), `changed` when
 * anything differs (the diff says what: fixed, or failing another way). Neither reads as all
 * clear. A recording with no failure has none: its replay passes or regresses as before.
 */
export const ReproductionSchema = z.enum(["reproduced", "changed"]);
export type Reproduction = z.infer<typeof ReproductionSchema>;

export const ReplayReportSchema = z.object({
  target: z.string(),
  /** Set by a replay that connected, of a recording that holds a failure (absent from reports of older inspectors). */
  reproduction: ReproductionSchema.optional(),
  connected: z.boolean(),
  connectError: z.string().optional(),
  items: z.array(ReplayItemSchema),
  /** What the recording did not exercise (a tool never called, a call refused as invalid): its verdicts say nothing of them. */
  coverage: z.array(z.object({ tool: z.string(), why: z.string() })).optional(),
  summary: z.object({
    same: z.number(),
    changed: z.number(),
    newError: z.number(),
    fixedError: z.number(),
    noResponse: z.number(),
    sent: z.number(),
    cancelled: z.number().default(0),
    /** Requests that passed with compatible changes only. */
    compatible: z.number().optional(),
  }),
});
export type ReplayReport = z.infer<typeof ReplayReportSchema>;

export function summarizeReplay(items: readonly { status: ReplayStatus; compatible?: readonly unknown[] }[]): ReplayReport["summary"] {
  const n = (s: ReplayStatus) => items.filter((i) => i.status === s).length;
  return {
    same: n("same"),
    changed: n("changed"),
    newError: n("new-error"),
    fixedError: n("fixed-error"),
    noResponse: n("no-response"),
    sent: n("sent"),
    cancelled: n("cancelled"),
    compatible: items.filter((i) => i.compatible?.length).length,
  };
}

/** A replay passes when every recorded response came back the same (a call the recording cancelled is not re-run). */
export function replayPassed(r: ReplayReport): boolean {
  return r.connected && r.summary.changed + r.summary.newError + r.summary.fixedError + r.summary.noResponse === 0;
}

/** The summary in words, as the page shows it: "3 same, 1 changed, 1 cancelled in the recording (not sent)". */
export function replaySummaryText(r: ReplayReport): string {
  const s = r.summary;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return [
    `${s.same} same`,
    `${s.changed} changed`,
    s.newError && plural(s.newError, "new error"),
    s.fixedError && `${plural(s.fixedError, "error")} gone`,
    s.noResponse && `${s.noResponse} without response`,
    s.cancelled && `${s.cancelled} cancelled in the recording (not sent)`,
    s.compatible && `${s.compatible} with compatible changes only (passed)`,
    s.sent && `${plural(s.sent, "notification")} sent`,
  ]
    .filter(Boolean)
    .join(", ");
}

/**
 * Whether a recording holds a failure: a failing verdict of the run that saved it, a JSON-RPC
 * error response, or a tool result with isError that no passing verdict expected.
 */
export function recordingHoldsFailure(recording: { verdicts?: readonly Verdict[]; entries: readonly Entry[] }): boolean {
  if (recording.verdicts?.some(verdictFailed)) return true;
  // A step that expected the isError (and passed) says the error is the server's right answer.
  const expected = new Set((recording.verdicts ?? []).filter((v) => !verdictFailed(v)).flatMap((v) => [v.responseSeq]));
  return recording.entries.some(
    (e) =>
      e.kind === "message" &&
      e.dir === "server->client" &&
      e.pair !== undefined &&
      !expected.has(e.seq) &&
      (isErrorResponse(e.message) || resultObject(e.message)?.isError === true),
  );
}

/** The replay's word on a recording that holds a failure (see ReproductionSchema); undefined for one that holds none. */
export function reproductionOf(holdsFailure: boolean, r: ReplayReport): Reproduction | undefined {
  if (!holdsFailure) return undefined;
  return replayPassed(r) ? "reproduced" : "changed";
}

/** The verdict in words, as the CLI and the page say it; undefined for a report without one. */
export function reproductionText(r: ReplayReport): string | undefined {
  if (!r.connected || !r.reproduction) return undefined;
  if (r.reproduction === "reproduced") return "reproduced: the same failure came back";
  const n = r.summary.changed + r.summary.newError + r.summary.fixedError + r.summary.noResponse;
  return `changed: ${n} of ${r.items.filter((i) => i.status !== "sent").length} answers differ from the recording (see the diff)`;
}

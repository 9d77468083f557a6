import type { ExpectationOutcome } from "./expect";
import type { StepKind } from "./schema";

/** One step's verdict: fail is an expectation (or a time limit) not met, error is a step that could not run as written. */
export type StepStatus = "pass" | "fail" | "error" | "skipped";

export interface StepResult {
  index: number;
  name: string;
  kind: StepKind;
  /** The JSON-RPC method it sent or waited for. */
  method: string;
  status: StepStatus;
  durationMs: number;
  expectations: Array<ExpectationOutcome & { label: string }>;
  /** Why it failed or erred when no expectation says it: a time limit, a capture that found nothing, a missing `${ENV}`. */
  message?: string;
  /** What came back: the result as sent, or the JSON-RPC error. */
  response?: { result?: unknown; error?: { code: number; message: string; data?: unknown } };
  /** The record entries the step spans, for marking it in the timeline. */
  seqs?: { first: number; last: number };
  /** Values it captured (`save:`) for later steps. */
  saved?: Record<string, unknown>;
}

/** A whole run of one collection. */
export interface CollectionRun {
  file: string;
  steps: StepResult[];
  counts: Record<StepStatus, number>;
  /** Snapshots written (new ones, or all with --update-snapshots). */
  snapshotsWritten: number;
}

/** Whether a run passed: nothing failed or erred. */
export function runPassed(r: Pick<CollectionRun, "counts">): boolean {
  return r.counts.fail === 0 && r.counts.error === 0;
}

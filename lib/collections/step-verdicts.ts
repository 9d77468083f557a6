import type { Entry } from "../record/format";
import { isRequest, methodOf } from "../protocol/jsonrpc";
import { boundedValue, type Verdict, type VerdictStatus } from "../session/verdicts";
import type { CollectionRun, StepResult } from "./result";

const STATUS: Record<StepResult["status"], VerdictStatus> = { pass: "pass", fail: "fail", error: "error", skipped: "skipped" };

/**
 * A collection run's steps as the session file's verdicts: each step's name, status, expectations
 * (expected beside actual) and the record seqs of its request and response, found in the entries
 * the step spans. Pure: the entries are the run's record.
 */
export function stepVerdicts(run: Pick<CollectionRun, "steps">, entries: readonly Entry[], file?: string): Verdict[] {
  return run.steps.map((s) => {
    const failed = s.expectations.find((e) => !e.pass);
    const { requestSeq, responseSeq } = s.seqs ? seqsOf(entries, s.seqs, s.method) : {};
    return {
      source: "test",
      name: s.name,
      status: STATUS[s.status],
      method: s.method,
      ...(s.message || failed ? { message: s.message ?? `${failed!.label}: ${failed!.message}` } : {}),
      ...(failed && failed.expected !== undefined ? { expected: boundedValue(failed.expected) } : {}),
      ...(failed && failed.actual !== undefined ? { actual: boundedValue(failed.actual) } : {}),
      ...(s.expectations.length
        ? {
            checks: s.expectations.map((e) => ({
              label: e.label,
              pass: e.pass,
              message: e.message,
              ...(e.expected !== undefined ? { expected: boundedValue(e.expected) } : {}),
              ...(e.actual !== undefined ? { actual: boundedValue(e.actual) } : {}),
            })),
          }
        : {}),
      ...(requestSeq !== undefined ? { requestSeq } : {}),
      ...(responseSeq !== undefined ? { responseSeq } : {}),
      ...(file ? { file } : {}),
    };
  });
}

/**
 * The step's own request among the entries it spans (the first client request of its method) and
 * the last response to it or to a retry of it (a 2026-07-28 input_required round answers the retry).
 */
function seqsOf(
  entries: readonly Entry[],
  span: { first: number; last: number },
  method: string,
): { requestSeq?: number; responseSeq?: number } {
  let requestSeq: number | undefined;
  let responseSeq: number | undefined;
  const rounds = new Set<number>();
  for (const e of entries) {
    if (e.seq < span.first || e.seq > span.last || e.kind !== "message") continue;
    if (e.dir === "client->server" && isRequest(e.message)) {
      if (requestSeq === undefined && methodOf(e.message) === method) {
        requestSeq = e.seq;
        rounds.add(e.seq);
      } else if (e.retryOf !== undefined && requestSeq !== undefined && rounds.has(e.retryOf)) rounds.add(e.seq);
    } else if (e.dir === "server->client" && e.pair && rounds.has(e.pair.seq)) responseSeq = e.seq;
  }
  return { requestSeq, responseSeq };
}

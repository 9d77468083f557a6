import type { Finding } from "../lib/lint";
import type { ToolCallOutcome } from "../lib/wire/protocol";
import { asRecord } from "../lib/json/shape";

/**
 * What happened to a tools/call, worst first: the target answered with a JSON-RPC error, the
 * tool reported an error (isError), the result breaks the spec or its outputSchema, or success.
 */
export type ResultStatus = "rpc-error" | "tool-error" | "violation" | "ok";

export interface ResultJudgement {
  status: ResultStatus;
  /** The result breaks a MUST: an error-severity lint finding, or an invalid outputSchema verdict. */
  violation: boolean;
}

/**
 * Judges an outcome from the result, the backend's verdict and the lint findings of its response.
 * An isError result need not conform to the outputSchema (lint's tools/structured-content reads
 * #output-schema so), so only its lint errors make it a violation; it keeps "tool-error" as its
 * status and carries the violation beside it.
 */
export function judgeResult(outcome: ToolCallOutcome, findings: readonly Finding[] = []): ResultJudgement {
  const isError = asRecord(outcome.result).isError === true;
  const lintError = findings.some((f) => f.severity === "error");
  const verdictBroken = !isError && outcome.verdict?.valid === false;
  const violation = !outcome.error && (lintError || verdictBroken);
  const status: ResultStatus = outcome.error ? "rpc-error" : isError ? "tool-error" : violation ? "violation" : "ok";
  return { status, violation };
}

import type { Entry } from "../../lib/record/format";
import { asRecord } from "../../lib/json/shape";
import type { Verdict, VerdictStatus } from "../../lib/session/verdicts";
import { failsRun, type CheckReport, type FailOn } from "./result";

/**
 * A check's probes and its lint findings as the session file's verdicts: a failure that fails the
 * run under `failOn` is `fail`, one below it `warn`; each points at the record entry that shows it
 * (and, for a response, at its request).
 */
export function checkVerdicts(r: CheckReport, entries: readonly Entry[], failOn: FailOn = "error"): Verdict[] {
  const bySeq = new Map(entries.map((e) => [e.seq, e]));
  const at = (seq: number | undefined): Pick<Verdict, "requestSeq" | "responseSeq" | "method"> => {
    const e = seq === undefined ? undefined : bySeq.get(seq);
    if (!e || e.kind !== "message") return seq === undefined ? {} : { requestSeq: seq };
    if (e.pair) return { requestSeq: e.pair.seq, responseSeq: e.seq, method: e.pair.method };
    const method = asRecord(e.message).method;
    return { requestSeq: e.seq, ...(typeof method === "string" ? { method } : {}) };
  };
  const status = (failed: boolean, severity: "error" | "warning" | "info"): VerdictStatus =>
    !failed ? "pass" : failsRun(severity, failOn) ? "fail" : "warn";
  const probes: Verdict[] = r.probes.map((p) => ({
    source: "check",
    name: `${p.id}: ${p.title}`,
    status: p.status === "skip" ? "skipped" : status(p.status === "fail", p.severity),
    message: p.message,
    ...(p.status === "fail" ? { expected: `${p.title}${p.level ? ` [${p.level}]` : ""}`, actual: p.message } : {}),
    ...at(p.seq),
  }));
  const findings: Verdict[] = r.findings.map((f) => ({
    source: "check",
    name: `${f.rule} at ${f.seqs.map((s) => `#${s}`).join(", ")}`,
    status: status(true, f.severity),
    message: f.message,
    expected: f.specUrl ? `${f.rule} (${f.specUrl})` : f.rule,
    actual: f.message,
    ...at(f.seq),
  }));
  return [...probes, ...findings];
}

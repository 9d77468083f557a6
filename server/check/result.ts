import type { Finding, Severity } from "../../lib/lint";
import type { ConnectError } from "../../lib/session/state";
import { connectExitCode } from "../headless/connect-exit";

/**
 * How binding the rule a probe tries is, in the spec's words (RFC 2119): a MUST broken is an
 * error, a SHOULD a warning, a MAY a note. A crash, a hang and a JSON-RPC error where a result is
 * due are MUST: JSON-RPC 2.0 says the server MUST reply to every request, with a result when it
 * succeeds.
 */
export type Level = "MUST" | "SHOULD" | "MAY";

/** What `--fail-on` may name: the least severity that fails the run (exit 1). */
export type FailOn = "error" | "warning";

/** One probe of `check`: what every server must do, tried against this one. */
export interface ProbeResult {
  id: string;
  title: string;
  status: "pass" | "fail" | "skip";
  /** How bad a failure is; a skip or pass carries the severity a failure would have. */
  severity: Severity;
  /** The spec's level of the rule tried (see Level); when absent, the severity's (gradeProbe sets it). */
  level?: Level;
  message: string;
  /** The record entry that shows it, when there is one. */
  seq?: number;
  specUrl?: string;
  /**
   * The lint rule that reports this same failure at `seq` (a tools/call result that breaks its
   * outputSchema is both). Kept only when the lint did flag it: the failure then counts once, as
   * the finding, and the probe points at it.
   */
  sameAs?: string;
}

export interface CheckReport {
  target: string;
  server?: { name?: string; version?: string };
  protocolVersion?: string;
  /** The protocol era the engine negotiated: "legacy" (initialize, 2025-11-25 and earlier) or "modern" (2026-07-28, server/discover). */
  era?: "legacy" | "modern";
  connected: boolean;
  connectError?: string;
  /** Why the connection failed, as the engine classified it (decides the exit code: see exitCodeOf). */
  connectErrorKind?: ConnectError["kind"];
  /** The HTTP status the server answered the connection with, when that is why it failed. */
  connectHttpStatus?: number;
  listed: Record<string, number>;
  /** The client capabilities check declared (a server may offer more to a client that declares more), and whose they are. */
  client?: { capabilities: string[]; as?: string };
  probes: ProbeResult[];
  /** The lint's findings, one per rule and message however many places show it (see groupFindings). */
  findings: CheckFinding[];
  summary: { errors: number; warnings: number; infos: number; probesFailed: number; probesPassed: number; probesSkipped: number };
}

/** A lint finding with every entry that shows it; `seq` is the first of `seqs`. */
export interface CheckFinding extends Finding {
  seqs: number[];
}

/**
 * The same rule with the same message at several places is one finding: a tool's broken schema
 * is in every tools/list answer, and check lists tools several times (two listings to compare,
 * the cancellation probe), which printed it three times and counted it three times.
 */
export function groupFindings(findings: Finding[]): CheckFinding[] {
  const byKey = new Map<string, CheckFinding>();
  for (const f of findings) {
    const key = JSON.stringify([f.rule, f.severity, f.message, f.specUrl]);
    const known = byKey.get(key);
    if (!known) byKey.set(key, { ...f, seqs: [f.seq] });
    else if (!known.seqs.includes(f.seq)) known.seqs.push(f.seq);
  }
  return [...byKey.values()];
}

/** Each probe's `sameAs` kept only when a finding of that rule marks the probe's entry. */
export function linkProbesToFindings(probes: ProbeResult[], findings: CheckFinding[]): ProbeResult[] {
  return probes.map((p) => {
    if (!p.sameAs) return p;
    if (findings.some((f) => f.rule === p.sameAs && p.seq !== undefined && f.seqs.includes(p.seq))) return p;
    const { sameAs: _unconfirmed, ...own } = p;
    return own;
  });
}

const LEVEL_OF: Record<Severity, Level> = { error: "MUST", warning: "SHOULD", info: "MAY" };
const SEVERITY_OF: Record<Level, Severity> = { MUST: "error", SHOULD: "warning", MAY: "info" };
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * A probe with its level said: the level given, or the severity's. A failure is never graver than
 * its level allows (a SHOULD broken is a warning, a MAY a note): the spec's words decide, not the
 * probe's default.
 */
export function gradeProbe(p: ProbeResult): ProbeResult & { level: Level } {
  const level = p.level ?? LEVEL_OF[p.severity];
  const cap = SEVERITY_OF[level];
  return { ...p, level, severity: RANK[p.severity] > RANK[cap] ? cap : p.severity };
}

/** Whether a failure of this severity fails the run under `--fail-on` (an error always; a warning with `warning`; a note never). */
export function failsRun(severity: Severity, failOn: FailOn = "error"): boolean {
  return severity === "error" || (severity === "warning" && failOn === "warning");
}

/**
 * Exit code of `check`: 0 clean, 1 any error-level problem (with `--fail-on warning`, any warning
 * too); a failed connection as `--cli`'s (connectExitCode: 3 authorization required, 4 never came
 * up, 1 the server answered with a failure).
 */
export function exitCodeOf(r: CheckReport, failOn: FailOn = "error"): number {
  if (!r.connected) return connectExitCode({ kind: r.connectErrorKind ?? "other", httpStatus: r.connectHttpStatus });
  return r.summary.errors > 0 || (failOn === "warning" && r.summary.warnings > 0) ? 1 : 0;
}

export function summarize(probes: ProbeResult[], findings: Finding[]): CheckReport["summary"] {
  const failed = probes.filter((p) => p.status === "fail" && !p.sameAs);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length + failed.filter((p) => p.severity === s).length;
  return {
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    probesFailed: probes.filter((p) => p.status === "fail").length,
    probesPassed: probes.filter((p) => p.status === "pass").length,
    probesSkipped: probes.filter((p) => p.status === "skip").length,
  };
}

import type { Finding, Severity } from "../../../lib/lint";

/** One probe of `check`: what every server must do, tried against this one. */
export interface ProbeResult {
  id: string;
  title: string;
  status: "pass" | "fail" | "skip";
  /** How bad a failure is; a skip or pass carries the severity a failure would have. */
  severity: Severity;
  message: string;
  /** The record entry that shows it, when there is one. */
  seq?: number;
  specUrl?: string;
}

export interface CheckReport {
  target: string;
  server?: { name?: string; version?: string };
  protocolVersion?: string;
  /** The protocol era the engine negotiated: "legacy" (initialize, 2025-11-25 and earlier) or "modern" (2026-07-28, server/discover). */
  era?: "legacy" | "modern";
  connected: boolean;
  connectError?: string;
  listed: Record<string, number>;
  probes: ProbeResult[];
  findings: Finding[];
  summary: { errors: number; warnings: number; infos: number; probesFailed: number; probesPassed: number; probesSkipped: number };
}

/** Exit code of `check`: 0 clean, 1 any error-level problem, 4 could not connect (the official CLI's "unreachable"). */
export function exitCodeOf(r: CheckReport): number {
  if (!r.connected) return 4;
  return r.summary.errors > 0 ? 1 : 0;
}

export function summarize(probes: ProbeResult[], findings: Finding[]): CheckReport["summary"] {
  const failed = probes.filter((p) => p.status === "fail");
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length + failed.filter((p) => p.severity === s).length;
  return {
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    probesFailed: failed.length,
    probesPassed: probes.filter((p) => p.status === "pass").length,
    probesSkipped: probes.filter((p) => p.status === "skip").length,
  };
}

import type { Finding } from "../../../lib/lint";
import type { CheckReport, ProbeResult } from "./result";

/** Plain text for a person: what was checked, what failed, the findings, a summary line. */
export function formatText(r: CheckReport): string {
  const lines: string[] = [];
  if (!r.connected) return `inspector check: could not connect to ${r.target}: ${r.connectError}\n`;
  const info = r.server ? `${r.server.name ?? "?"} ${r.server.version ?? ""}`.trim() : "server";
  lines.push(`${info} (protocol ${r.protocolVersion}) via ${r.target}`);
  if (r.era) lines.push(`era: ${r.era === "modern" ? "modern (2026-07-28: server/discover, a _meta envelope on every request, no session)" : "legacy (initialize)"}`);
  const listed = Object.entries(r.listed).map(([k, n]) => `${n} ${k}`);
  if (listed.length) lines.push(`listed: ${listed.join(", ")}`);
  lines.push("", "probes:");
  for (const p of r.probes) lines.push(`  ${mark(p)} ${p.title}: ${p.message}`);
  if (r.findings.length) {
    lines.push("", "lint:");
    for (const f of r.findings) lines.push(`  ${f.severity.padEnd(7)} ${f.rule} #${f.seq}: ${f.message}`);
  }
  const s = r.summary;
  lines.push("", `${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info; probes: ${s.probesPassed} passed, ${s.probesFailed} failed, ${s.probesSkipped} skipped`);
  return lines.join("\n") + "\n";
}

function mark(p: ProbeResult): string {
  if (p.status === "pass") return "ok  ";
  if (p.status === "skip") return "skip";
  return p.severity === "error" ? "FAIL" : p.severity === "warning" ? "warn" : "note";
}

export function formatJson(r: CheckReport): string {
  return JSON.stringify({ format: "mcp-inspector-check", version: 1, ...r }, null, 2) + "\n";
}

/** JUnit XML: one suite of probes, one of lint findings (one case per finding). */
export function formatJunit(r: CheckReport): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const name = `mcp check ${r.server?.name ?? r.target}`;
  if (!r.connected) {
    out.push(`<testsuites name="${x(name)}" tests="1" failures="0" errors="1">`);
    out.push(`  <testsuite name="connect" tests="1" failures="0" errors="1">`);
    out.push(`    <testcase classname="connect" name="connect to ${x(r.target)}"><error message="${x(r.connectError ?? "")}"/></testcase>`);
    out.push("  </testsuite>", "</testsuites>");
    return out.join("\n") + "\n";
  }
  const failing = (p: ProbeResult) => p.status === "fail" && p.severity !== "info";
  const probeFailures = r.probes.filter(failing).length;
  const lintFailures = r.findings.filter((f) => f.severity !== "info").length;
  const total = r.probes.length + Math.max(1, r.findings.length);
  out.push(`<testsuites name="${x(name)}" tests="${total}" failures="${probeFailures + lintFailures}" errors="0">`);
  out.push(`  <testsuite name="probes" tests="${r.probes.length}" failures="${probeFailures}" errors="0" skipped="${r.probes.filter((p) => p.status === "skip").length}">`);
  for (const p of r.probes) {
    out.push(`    <testcase classname="probes" name="${x(p.id)}: ${x(p.title)}">`);
    if (p.status === "skip") out.push(`      <skipped message="${x(p.message)}"/>`);
    else if (failing(p)) out.push(`      <failure type="${p.severity}" message="${x(p.message)}">${x(p.specUrl ?? "")}</failure>`);
    else out.push(`      <system-out>${x(p.message)}</system-out>`);
    out.push("    </testcase>");
  }
  out.push("  </testsuite>");
  out.push(`  <testsuite name="lint" tests="${Math.max(1, r.findings.length)}" failures="${lintFailures}" errors="0">`);
  if (r.findings.length === 0) out.push(`    <testcase classname="lint" name="no findings"/>`);
  for (const f of r.findings) out.push(lintCase(f));
  out.push("  </testsuite>", "</testsuites>");
  return out.join("\n") + "\n";
}

function lintCase(f: Finding): string {
  const head = `    <testcase classname="lint.${x(f.rule.split("/")[0])}" name="${x(f.rule)} at #${f.seq}">`;
  const body = f.severity === "info" ? `      <system-out>${x(f.message)}</system-out>` : `      <failure type="${f.severity}" message="${x(f.message)}">${x(f.specUrl)}</failure>`;
  return `${head}\n${body}\n    </testcase>`;
}

/** XML attribute/text escaping, dropping characters XML 1.0 cannot carry. */
function x(s: string): string {
  return s
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

import { junitXml, type JunitCase } from "../../lib/text/junit";
import { inertJson, visible } from "../../lib/text/visible";
import { failsRun, type CheckFinding, type CheckReport, type FailOn, type ProbeResult } from "./result";

/**
 * Plain text for a person: what was checked, what failed, the findings, a summary line. Each line
 * goes through `visible()`: tool names, error messages and serverInfo are the server's, and an
 * escape sequence in one could clear the line, print a fake "PASS" or write the clipboard.
 */
export function formatText(r: CheckReport): string {
  if (!r.connected) {
    // An HTTP error status is the server's own answer: it was reached, and failed (exit 1, not "unreachable").
    const answered = r.connectErrorKind === "http-status" && r.connectHttpStatus !== 401 && r.connectHttpStatus !== 403;
    const what = answered ? `the server at ${r.target} failed the connection` : `could not connect to ${r.target}`;
    return `${visible(`inspector check: ${what}: ${r.connectError}`)}\n`;
  }
  const lines: string[] = [];
  const info = r.server ? `${r.server.name ?? "?"} ${r.server.version ?? ""}`.trim() : "server";
  lines.push(`${info} (protocol ${r.protocolVersion}) via ${r.target}`);
  if (r.era)
    lines.push(
      `era: ${r.era === "modern" ? "modern (2026-07-28: server/discover, a _meta envelope on every request, no session)" : "legacy (initialize)"}`,
    );
  const listed = Object.entries(r.listed).map(([k, n]) => `${n} ${k}`);
  if (listed.length) lines.push(`listed: ${listed.join(", ")}`);
  if (r.client) lines.push(`client capabilities: ${r.client.capabilities.join(", ") || "none"}${r.client.as ? ` (${r.client.as})` : ""}`);
  lines.push("", "probes:");
  for (const p of r.probes) {
    lines.push(
      `  ${mark(p)} ${p.title}: ${p.message}${p.sameAs ? ` (the lint's ${p.sameAs} #${p.seq} below)` : ""}${p.level ? ` [${p.level}]` : ""}`,
    );
    if (p.status === "fail" && p.specUrl && !p.sameAs) lines.push(`       ${p.specUrl}`);
  }
  if (r.findings.length) {
    lines.push("", "lint:");
    for (const f of r.findings) lines.push(`  ${f.severity.padEnd(7)} ${f.rule} ${places(f)}: ${f.message}`);
  }
  const s = r.summary;
  lines.push(
    "",
    `${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info; probes: ${s.probesPassed} passed, ${s.probesFailed} failed, ${s.probesSkipped} skipped`,
  );
  return lines.map(visible).join("\n") + "\n";
}

/** `#12` or `#12, #30, #41`: every record entry that shows the finding. */
function places(f: CheckFinding): string {
  return (f.seqs ?? [f.seq]).map((s) => `#${s}`).join(", ");
}

function mark(p: ProbeResult): string {
  if (p.status === "pass") return "ok  ";
  if (p.status === "skip") return "skip";
  return p.severity === "error" ? "FAIL" : p.severity === "warning" ? "warn" : "note";
}

/** The report as JSON; the data is the server's, escaped (see inertJson) so a terminal showing it runs nothing. */
export function formatJson(r: CheckReport): string {
  return inertJson(JSON.stringify({ format: "mcp-inspector-check", version: 1, ...r }, null, 2)) + "\n";
}

/**
 * JUnit XML: one suite of probes, one of lint findings (one case per finding, naming all its
 * places). A `<failure>` only for what fails the run under `failOn` (the exit code's rule): a
 * warning below it goes to the case's system-out, so a CI test view is red only on a red job.
 * `recording`: the session file the run saved, named in each failing case.
 */
export function formatJunit(r: CheckReport, failOn: FailOn = "error", recording?: string): string {
  const name = `mcp check ${r.server?.name ?? r.target}`;
  if (!r.connected)
    return junitXml(name, [
      { name: "connect", cases: [{ classname: "connect", name: `connect to ${r.target}`, error: { message: r.connectError ?? "" } }] },
    ]);
  const named = (c: JunitCase): JunitCase =>
    recording && c.failure
      ? {
          ...c,
          output: [c.output, `recording: ${recording} (open it: npx mcp-inspector-harness --open ${recording})`].filter(Boolean).join("\n"),
        }
      : c;
  const lint = distinctNames(r.findings.map((f) => named(lintCase(f, failOn))));
  return junitXml(name, [
    { name: "probes", cases: r.probes.map((p) => named(probeCase(p, failOn))) },
    { name: "lint", cases: lint.length ? lint : [{ classname: "lint", name: "no findings" }] },
  ]);
}

function probeCase(p: ProbeResult, failOn: FailOn): JunitCase {
  const c: JunitCase = { classname: "probes", name: `${p.id}: ${p.title}` };
  const level = p.level ? ` [${p.level}]` : "";
  if (p.status === "skip") c.skipped = { message: p.message };
  // A failure the lint also reports fails once, as the lint's case.
  else if (p.status === "fail" && failsRun(p.severity, failOn) && !p.sameAs)
    c.failure = { type: p.severity, message: `${p.message}${level}`, body: p.specUrl };
  // Below --fail-on: said, not failed.
  else if (p.status === "fail") c.output = [`${p.severity}: ${p.message}${level}`, p.specUrl].filter(Boolean).join("\n");
  else c.output = p.message;
  return c;
}

/**
 * One rule can flag several things at the same places (three badly named tools in each listing);
 * a CI report merges or drops cases of the same name, so the second and later get "(2)", "(3)".
 */
function distinctNames(cases: JunitCase[]): JunitCase[] {
  const seen = new Map<string, number>();
  return cases.map((c) => {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    return n === 1 ? c : { ...c, name: `${c.name} (${n})` };
  });
}

function lintCase(f: CheckFinding, failOn: FailOn): JunitCase {
  const c: JunitCase = { classname: `lint.${f.rule.split("/")[0]}`, name: `${f.rule} at ${places(f)}` };
  if (failsRun(f.severity, failOn)) c.failure = { type: f.severity, message: f.message, body: f.specUrl };
  else c.output = f.severity === "info" ? f.message : [`${f.severity}: ${f.message}`, f.specUrl].filter(Boolean).join("\n");
  return c;
}

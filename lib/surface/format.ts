import { junitXml, type JunitCase } from "../text/junit";
import { inertJson, visible } from "../text/visible";
import type { Area, DiffReport, SideSummary, SurfaceChange, SurfaceDiff } from "./compare";

/** `--fail-on breaking` (the default) or `--fail-on any`. */
export type FailOn = "breaking" | "any";

/** Exit code of `inspector diff`: 1 when a change fails the run, else 0. */
export function diffExitCode(d: SurfaceDiff, failOn: FailOn = "breaking"): 0 | 1 {
  return d.changes.some((c) => fails(c, failOn)) ? 1 : 0;
}

function fails(c: SurfaceChange, failOn: FailOn): boolean {
  return failOn === "any" || c.severity === "breaking";
}

const AREA_NAME: Record<Area, string> = {
  protocol: "protocol",
  capabilities: "capabilities",
  serverInfo: "serverInfo",
  instructions: "instructions",
  tool: "tool",
  resource: "resource",
  resourceTemplate: "resource template",
  prompt: "prompt",
};

/** One side as the CLI's text output names it: label, origin, transport, server name and version, protocol. */
export function sideText(s: SideSummary): string {
  const info = [s.serverInfo.name, s.serverInfo.version].filter((x) => typeof x === "string").join(" ");
  return `${s.label} (${s.origin === "session" ? "recording" : "live"}, ${s.transport}${info ? `, ${info}` : ""}${s.protocolVersion ? `, protocol ${s.protocolVersion}` : ""})`;
}

/**
 * Plain text: the two sides, one line per change (breaking first), notes, a summary line. Each
 * line goes through `visible()`: names, messages and serverInfo come from a server or a received
 * session file, and an escape sequence in one must print as text, not act on the terminal.
 */
export function formatDiffText(d: SurfaceDiff): string {
  const lines = [`old: ${sideText(d.a)}`, `new: ${sideText(d.b)}`, ""];
  const ordered = [...d.changes.filter((c) => c.severity === "breaking"), ...d.changes.filter((c) => c.severity === "compatible")];
  if (!ordered.length) lines.push("no differences");
  for (const c of ordered) lines.push(`${c.severity === "breaking" ? "BREAKING  " : "compatible"} ${changeText(c)}`);
  if (d.notes.length) lines.push("", "notes:", ...d.notes.map((n) => `  ${n}`));
  lines.push("", `${d.summary.breaking} breaking, ${d.summary.compatible} compatible`);
  return lines.map(visible).join("\n") + "\n";
}

/** The words of one change after its severity, as the text output prints them (the page shows the same). */
export function changeText(c: SurfaceChange): string {
  return `${changeSubject(c)}${c.message}${changePath(c)}`;
}

/** `tool search: ` for an item's change; nothing for a negotiation change (its message names it). */
export function changeSubject(c: SurfaceChange): string {
  return c.area === "protocol" || c.area === "capabilities" || c.area === "serverInfo" || c.area === "instructions"
    ? ""
    : `${AREA_NAME[c.area]} ${c.subject}: `;
}

/** `  [$.inputSchema.properties.x]`, or nothing when the message already says where. */
export function changePath(c: SurfaceChange): string {
  return c.path && c.area !== "protocol" && c.area !== "instructions" ? `  [${c.path}]` : "";
}

/** The diff as JSON (`format: "mcp-inspector-diff"`, version 1). */
export function formatDiffJson(d: SurfaceDiff): string {
  const report: DiffReport = { format: "mcp-inspector-diff", version: 1, ...d };
  return inertJson(JSON.stringify(report, null, 2)) + "\n";
}

/**
 * JUnit XML: one suite per area, one test case per thing compared (each tool, prompt, …, and the
 * negotiation parts); a case fails when one of its changes fails the run (see FailOn), and lists
 * its other changes as output.
 */
export function formatDiffJunit(d: SurfaceDiff, failOn: FailOn = "breaking"): string {
  const areas = [...new Set(d.compared.map((c) => c.area))];
  const suites = areas.map((area) => ({
    name: AREA_NAME[area],
    cases: d.compared.filter((s) => s.area === area).map((s) => subjectCase(changesOf(d, s), s, failOn)),
  }));
  return junitXml(`mcp diff ${d.a.label} -> ${d.b.label}`, suites);
}

function subjectCase(changes: SurfaceChange[], s: { area: Area; subject: string }, failOn: FailOn): JunitCase {
  const c: JunitCase = { classname: `diff.${s.area}`, name: s.subject };
  const failed = changes.filter((ch) => fails(ch, failOn));
  const text = changes.map((ch) => `${ch.severity}: ${ch.message}${ch.path ? ` [${ch.path}]` : ""} (${ch.rule}: ${ch.why})`).join("\n");
  if (failed.length)
    c.failure = {
      type: failed.some((ch) => ch.severity === "breaking") ? "breaking" : "changed",
      message: failed.map((ch) => ch.message).join("; "),
      body: text,
    };
  else if (changes.length) c.output = text;
  return c;
}

function changesOf(d: SurfaceDiff, s: { area: Area; subject: string }): SurfaceChange[] {
  return d.changes.filter((c) => c.area === s.area && c.subject === s.subject);
}

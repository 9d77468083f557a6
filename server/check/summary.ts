import { mdCode, mdText } from "../../lib/text/markdown";
import { joinShellWords } from "../../lib/target/shell-words";
import type { Target } from "../../lib/target/target";
import { failsRun, type CheckReport, type FailOn } from "./result";

/** Failures listed in full; the rest are counted. */
const MAX_LISTED = 20;

/**
 * The job summary of an `inspector check` run, in Markdown: the tally, each probe and lint finding
 * that fails the run under `failOn` (what the rule expects beside what the server did), the
 * warnings below it counted, and the command that checks the server again locally. Everything the
 * server said is escaped (lib/text/markdown.ts).
 */
export function checkSummary(r: CheckReport, o: { failOn: FailOn; target: Target; recording?: string }): string {
  const command = rerun(o.target, o.failOn);
  if (!r.connected)
    return [
      `### ❌ inspector check: could not connect`,
      "",
      mdCode(r.connectError ?? ""),
      "",
      "Check it again locally:",
      "",
      mdCode(command),
      "",
    ].join("\n");
  const failing = [
    ...r.probes
      .filter((p) => p.status === "fail" && !p.sameAs && failsRun(p.severity, o.failOn))
      .map((p) => ({
        name: `${p.id}: ${p.title}`,
        expected: `${p.title}${p.level ? ` [${p.level}]` : ""}`,
        actual: p.message,
        more: p.specUrl,
      })),
    ...r.findings
      .filter((f) => failsRun(f.severity, o.failOn))
      .map((f) => ({
        name: `${f.rule} at ${f.seqs.map((s) => `#${s}`).join(", ")}`,
        expected: f.rule,
        actual: f.message,
        more: f.specUrl,
      })),
  ];
  const s = r.summary;
  const below = o.failOn === "error" ? s.warnings : 0;
  const out = [
    `### ${failing.length ? "❌" : "✅"} inspector check ${mdText(r.server?.name ?? r.target)}: ${s.errors} error(s), ${s.warnings} warning(s)${below ? " (warnings do not fail the run: --fail-on error)" : ""}`,
    "",
  ];
  for (const f of failing.slice(0, MAX_LISTED)) {
    out.push(`#### ✗ ${mdText(f.name)}`, "", "Expected:", "", mdCode(f.expected), "", "Actual:", "", mdCode(f.actual), "");
    if (f.more) out.push(mdText(f.more, 300), "");
  }
  if (failing.length > MAX_LISTED) out.push(`… and ${failing.length - MAX_LISTED} more (see the report).`, "");
  if (failing.length) {
    out.push("Check it again locally:", "", mdCode(command), "");
    if (o.recording)
      out.push(
        `The run's recording: ${mdText(o.recording)}; open it with:`,
        "",
        mdCode(joinShellWords(["npx", "mcp-inspector-harness", "--open", o.recording])),
        "",
      );
  }
  return out.join("\n");
}

function rerun(t: Target, failOn: FailOn): string {
  const words = ["npx", "inspector", "check", ...(failOn === "warning" ? ["--fail-on", "warning"] : [])];
  if (t.transport === "stdio") words.push(t.command, ...t.args);
  else words.push("--server-url", t.url, ...(t.transport === "sse" ? ["--transport", "sse"] : []));
  const names = t.transport === "stdio" ? Object.keys(t.env) : Object.keys(t.headers);
  return joinShellWords(words) + (names.length ? `\n# with ${t.transport === "stdio" ? "-e" : "--header"} for: ${names.join(", ")}` : "");
}

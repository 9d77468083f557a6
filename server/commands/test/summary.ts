import { mdCode, mdText, mdValue } from "../../../lib/text/markdown";
import { joinShellWords } from "../../../lib/target/shell-words";
import type { Target } from "../../../lib/target/target";
import { summary, totalsOf, type FileOutcome } from "./reports";

/** Failing steps listed in full; the rest are counted. */
const MAX_LISTED = 20;

export interface TestSummaryOptions {
  /** The recording kept of a collection's run (era: with --protocol-era both), when one was written. */
  recordingOf(file: string, era?: string): string | undefined;
  /** The command line's target, when it named one (else each collection's own `target:` runs). */
  target?: Target;
}

/**
 * The job summary of an `inspector test` run, in Markdown: the tally, then each failing step with
 * its expected and actual values and the command that runs that step again locally, and how to
 * open its recording. Everything a server or a file said is escaped (lib/text/markdown.ts).
 */
export function testSummary(files: readonly FileOutcome[], o: TestSummaryOptions): string {
  const t = totalsOf(files);
  const failing = t.failed + t.errors + t.unreachable;
  const out = [`### ${failing ? "❌" : "✅"} inspector test: ${mdText(summary(t))}`, ""];
  let listed = 0;
  for (const f of files)
    for (const r of f.runs) {
      const where = `${mdText(f.file)}${r.era ? ` \\[${r.era}\\]` : ""}`;
      const recording = o.recordingOf(f.file, r.era);
      if (!r.run) {
        out.push(`#### ${where}: could not connect`, "", mdCode(r.connectError ?? ""), "");
        continue;
      }
      const bad = r.run.steps.filter((s) => s.status === "fail" || s.status === "error");
      for (const s of bad) {
        if (listed++ >= MAX_LISTED) continue;
        out.push(`#### ${s.status === "fail" ? "✗" : "!"} ${mdText(s.name)} (${where})`, "");
        if (s.message) out.push(mdText(s.message, 500), "");
        for (const e of s.expectations.filter((x) => !x.pass)) {
          out.push(`**${mdText(e.label)}**: ${mdText(e.message, 500)}`, "");
          if (e.expected !== undefined || e.actual !== undefined)
            out.push("Expected:", "", mdValue(e.expected), "", "Actual:", "", mdValue(e.actual), "");
          else if (e.diff?.length) out.push(mdCode(e.diff.join("\n")), "");
        }
        out.push("Run this step again locally:", "", mdCode(rerun(f.file, s.name, r.era, o.target)), "");
      }
      if (bad.length && recording)
        out.push(
          `The recording of this run is ${mdText(recording)} (in the job's artifacts when the workflow uploads it); open it with:`,
          "",
          mdCode(joinShellWords(["npx", "mcp-inspector-harness", "--open", recording])),
          "",
        );
    }
  if (listed > MAX_LISTED) out.push(`… and ${listed - MAX_LISTED} more failing steps (see the report).`, "");
  return out.join("\n");
}

/** `npx inspector test --grep '^step$' FILE TARGET`: that step alone, against the same target. */
function rerun(file: string, step: string, era: string | undefined, target: Target | undefined): string {
  const words = ["npx", "inspector", "test", "--grep", `^${step.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`];
  if (era) words.push("--protocol-era", era);
  words.push(file);
  if (target?.transport === "stdio") words.push(target.command, ...target.args);
  else if (target) words.push("--server-url", target.url, ...(target.transport === "sse" ? ["--transport", "sse"] : []));
  const env = target?.transport === "stdio" ? Object.keys(target.env) : target ? Object.keys(target.headers) : [];
  // Values never leave: the names say what to set.
  return joinShellWords(words) + (env.length ? `\n# with ${target?.transport === "stdio" ? "-e" : "--header"} for: ${env.join(", ")}` : "");
}

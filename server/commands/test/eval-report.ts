import type { ModelEval, StepResult } from "../../../lib/collections/result";
import { visible } from "../../../lib/text/visible";

/** Failing runs a report details per model: the first few say why; the rest would repeat them. */
const RUNS_SHOWN = 3;
const MARK = { pass: "✓", fail: "✗", error: "!" } as const;

/** A model's reply can run to pages: a report line shows its start (the JSON report has all of it). */
const SHOWN_CHARS = 400;
const show = (v: unknown) => {
  if (v === undefined) return "(nothing)";
  const text = visible(JSON.stringify(v));
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}… (${text.length} characters)` : text;
};

/** The step's models side by side: `openai:gpt-4o ✓ 5/5  anthropic:claude ✗ 2/5`. */
export function evalCells(s: StepResult): string {
  return (s.evals ?? []).map((m) => `${visible(m.model)} ${MARK[m.status]} ${m.passed}/${m.runs}`).join("  ");
}

/** Why one model's eval did not pass: its tally, then each failing run's unmet expectations with expected and actual. */
export function evalWhyLines(m: ModelEval): string[] {
  const out = [visible(m.message ?? `${m.passed}/${m.runs} runs passed`)];
  if (m.status === "error") return out;
  for (const r of m.detail.filter((x) => !x.pass).slice(0, RUNS_SHOWN)) {
    for (const e of r.expectations.filter((x) => !x.pass)) {
      out.push(`run ${r.run}: ${visible(e.label)}: ${visible(e.message)}`);
      if (e.expected !== undefined || e.actual !== undefined) out.push(`  expected ${show(e.expected)}`, `  actual   ${show(e.actual)}`);
    }
  }
  const more = m.detail.filter((x) => !x.pass).length - RUNS_SHOWN;
  if (more > 0) out.push(`(${more} more failing run${more > 1 ? "s" : ""}: the JSON report has every run)`);
  return out;
}

/** Each model's tally over every ask step, for the JSON report's summary. */
export function modelTotals(steps: readonly StepResult[]): Record<string, { passed: number; failed: number; errors: number }> {
  const out: Record<string, { passed: number; failed: number; errors: number }> = {};
  for (const s of steps)
    for (const m of s.evals ?? []) {
      const t = (out[m.model] ??= { passed: 0, failed: 0, errors: 0 });
      if (m.status === "pass") t.passed++;
      else if (m.status === "fail") t.failed++;
      else t.errors++;
    }
  return out;
}

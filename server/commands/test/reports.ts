import type { CollectionRun, ModelEval, StepResult } from "../../../lib/collections/result";
import { junitXml, type JunitCase } from "../../../lib/text/junit";
import { visible } from "../../../lib/text/visible";
import { evalCells, evalWhyLines, modelTotals } from "./eval-report";

/** One collection's outcome: its run per era (one, or legacy and modern with --protocol-era both), or why it could not connect. */
export interface FileOutcome {
  file: string;
  /** Each step's line in the file (for CI annotations). */
  lines: number[];
  /** The collection's own `target:` that was started, as written and escaped (absent when the command line named the target). */
  target?: string;
  runs: Array<{ era?: "legacy" | "modern"; run?: CollectionRun; connectError?: string }>;
}

export interface Totals {
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  unreachable: number;
}

export function totalsOf(files: readonly FileOutcome[]): Totals {
  const t: Totals = { passed: 0, failed: 0, errors: 0, skipped: 0, unreachable: 0 };
  for (const f of files)
    for (const r of f.runs) {
      if (!r.run) t.unreachable++;
      else
        for (const s of r.run.steps) {
          // An eval counts once per model, as the JUnit report has a case per model.
          for (const status of s.evals?.length ? s.evals.map((m) => m.status) : [s.status])
            t[status === "pass" ? "passed" : status === "fail" ? "failed" : status === "error" ? "errors" : "skipped"]++;
        }
    }
  return t;
}

const show = (v: unknown) => (v === undefined ? "(nothing)" : visible(JSON.stringify(v)));
const MARK = { pass: "✓", fail: "✗", error: "!", skipped: "-" } as const;

/** Why a step did not pass, one line each: the failed expectations' path, expected and actual. */
export function whyLines(s: StepResult): string[] {
  const out = s.message ? [visible(s.message)] : [];
  for (const m of s.evals ?? [])
    if (m.status !== "pass") out.push(...evalWhyLines(m).map((w, i) => (i ? `  ${w}` : `[${visible(m.model)}] ${w}`)));
  for (const e of s.expectations.filter((x) => !x.pass)) {
    out.push(`${visible(e.label)}: ${visible(e.message)}`);
    for (const d of e.diff ?? []) out.push(`  ${visible(d)}`);
    if (e.expected !== undefined || e.actual !== undefined) out.push(`  expected ${show(e.expected)}`, `  actual   ${show(e.actual)}`);
  }
  return out;
}

export function formatText(files: readonly FileOutcome[]): string {
  const lines: string[] = [];
  for (const f of files) {
    lines.push(visible(f.file));
    if (f.target) lines.push(`  target: ${visible(f.target)}`);
    const both = f.runs.length > 1;
    for (const r of f.runs) if (r.connectError) lines.push(`  ${r.era ? `[${r.era}] ` : ""}could not connect: ${visible(r.connectError)}`);
    const steps = f.runs.find((r) => r.run)?.run?.steps ?? [];
    for (const [i, s] of steps.entries()) {
      const per = f.runs.map((r) => ({ era: r.era, step: r.run?.steps[i] }));
      if (both) {
        const cells = per.map((p) => `${p.era} ${p.step ? MARK[p.step.status] : "?"}`).join("  ");
        lines.push(`  ${visible(s.name).padEnd(40)} ${cells}`);
      } else
        lines.push(
          `  ${MARK[s.status]} ${visible(s.name)}${s.status === "skipped" ? " (skipped)" : ` (${s.durationMs} ms)`}${s.evals?.length ? `  ${evalCells(s)}` : ""}`,
        );
      for (const p of per)
        if (p.step && (p.step.status === "fail" || p.step.status === "error"))
          for (const w of whyLines(p.step)) lines.push(`      ${both ? `[${p.era}] ` : ""}${w}`);
    }
  }
  const t = totalsOf(files);
  const models = Object.entries(modelTotals(files.flatMap((f) => f.runs.flatMap((r) => r.run?.steps ?? []))));
  // Several models: each one's tally, side by side, above the whole run's.
  if (models.length > 1) lines.push("", ...models.map(([m, c]) => `${visible(m)}: ${summary({ ...c, skipped: 0, unreachable: 0 })}`));
  lines.push("", summary(t));
  return lines.join("\n");
}

export function summary(t: Totals): string {
  const parts = [`${t.passed} passed`, `${t.failed} failed`];
  if (t.errors) parts.push(`${t.errors} errors`);
  if (t.skipped) parts.push(`${t.skipped} skipped`);
  if (t.unreachable) parts.push(`${t.unreachable} could not connect`);
  return parts.join(", ");
}

export function formatJson(files: readonly FileOutcome[]): string {
  const models = modelTotals(files.flatMap((f) => f.runs.flatMap((r) => r.run?.steps ?? [])));
  const summary = { ...totalsOf(files), ...(Object.keys(models).length ? { models } : {}) };
  return JSON.stringify(
    { summary, files: files.map(({ file, target, runs }) => ({ file, ...(target ? { target } : {}), runs })) },
    null,
    2,
  );
}

/**
 * JUnit XML, one case per step (per model of an eval). `recordingOf` names the recording kept of
 * a collection's run: each failing case says where it is and how to open it, in its system-out.
 */
export function formatJunit(
  files: readonly FileOutcome[],
  o: { recordingOf?(file: string, era?: string): string | undefined } = {},
): string {
  const suites = files.flatMap((f) =>
    f.runs.map((r) => {
      const name = `${f.file}${r.era ? ` [${r.era}]` : ""}`;
      const recording = o.recordingOf?.(f.file, r.era);
      const named = (c: JunitCase): JunitCase =>
        recording && (c.failure || c.error)
          ? {
              ...c,
              output: [c.output, `recording: ${recording} (open it: npx mcp-inspector-harness --open ${recording})`]
                .filter(Boolean)
                .join("\n"),
            }
          : c;
      const cases: JunitCase[] = r.run
        ? r.run.steps.flatMap((s) => {
            if (s.evals?.length) return s.evals.map((m) => named(evalCase(name, s.name, m)));
            const c: JunitCase = { classname: name, name: s.name };
            const why = whyLines(s).join("\n");
            if (s.status === "fail") c.failure = { type: "expectation", message: whyLines(s)[0] ?? "failed", body: why };
            if (s.status === "error") c.error = { message: why || "error" };
            if (s.status === "skipped") c.skipped = { message: s.message ?? "skipped" };
            // Changes below --fail-on (compatible ones, a notification newly sent): said, not failed.
            const below = s.expectations.filter((e) => e.pass && e.compatible?.length).map((e) => `${e.label}: ${e.message}`);
            if (below.length) c.output = below.join("\n");
            return named(c);
          })
        : [named({ classname: name, name: "connect", error: { message: r.connectError ?? "could not connect" } })];
      // The command the collection started, first: whoever reads the report sees what ran.
      if (f.target) cases.unshift({ classname: name, name: "target", output: `started: ${f.target}` });
      return { name, cases };
    }),
  );
  return junitXml("inspector test", suites);
}

/** One model's eval as its own case, `name [model]`, so a CI dashboard tracks each model's pass rate apart. */
function evalCase(classname: string, step: string, m: ModelEval): JunitCase {
  const c: JunitCase = { classname, name: `${step} [${m.model}]`, ...(m.status === "pass" ? { output: m.message ?? "" } : {}) };
  const why = evalWhyLines(m);
  if (m.status === "fail") c.failure = { type: "eval", message: why[0], body: why.join("\n") };
  if (m.status === "error") c.error = { message: why.join("\n") };
  return c;
}

/** TAP 13: one test point per step (per era), a YAML block with what failed. */
export function formatTap(files: readonly FileOutcome[]): string {
  const points: string[] = [];
  for (const f of files)
    for (const r of f.runs) {
      const prefix = `${f.file}${r.era ? ` [${r.era}]` : ""}`;
      if (f.target) points.push(`# ${tapText(prefix)}: target ${tapText(f.target)}`);
      if (!r.run) {
        points.push(
          `not ok ${points.length + 1} - ${tapText(prefix)}: could not connect`,
          "  ---",
          `  message: ${JSON.stringify(r.connectError ?? "")}`,
          "  ...",
        );
        continue;
      }
      for (const s of r.run.steps) {
        const n = points.filter((p) => /^(not )?ok /.test(p)).length + 1;
        const title = `${tapText(prefix)} > ${tapText(s.name)}`;
        if (s.status === "skipped") points.push(`ok ${n} - ${title} # SKIP ${tapText(s.message ?? "")}`);
        else if (s.status === "pass") points.push(`ok ${n} - ${title}`);
        else points.push(`not ok ${n} - ${title}`, "  ---", ...whyLines(s).map((w) => `  # ${w}`), "  ...");
      }
    }
  const count = points.filter((p) => /^(not )?ok /.test(p)).length;
  return ["TAP version 13", `1..${count}`, ...points].join("\n");
}

/** A TAP description may not hold `#` (a directive) or a newline. */
function tapText(s: string): string {
  return visible(s).replace(/#/g, "\\#").replace(/\n/g, " ");
}

/** GitHub Actions workflow commands: one `::error` per failed step, pointing at its line. */
export function githubAnnotations(files: readonly FileOutcome[]): string[] {
  const out: string[] = [];
  for (const f of files)
    for (const r of f.runs) {
      if (!r.run) {
        out.push(`::error file=${prop(f.file)},title=${prop("could not connect")}::${data(visible(r.connectError ?? ""))}`);
        continue;
      }
      for (const s of r.run.steps)
        if (s.status === "fail" || s.status === "error") {
          const line = f.lines[s.index];
          const title = `${s.name}${r.era ? ` [${r.era}]` : ""}`;
          out.push(`::error file=${prop(f.file)}${line ? `,line=${line}` : ""},title=${prop(title)}::${data(whyLines(s).join("\n"))}`);
        }
    }
  return out;
}

// The runner's escaping of workflow command values (actions/toolkit's command.ts).
const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const prop = (s: string) => data(visible(s)).replace(/:/g, "%3A").replace(/,/g, "%2C");

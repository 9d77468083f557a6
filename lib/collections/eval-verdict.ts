import { evaluate, describeExpectation, type ExpectationOutcome } from "./expect";
import { jsonEqual } from "./json-path";
import { safePattern, UncheckedPattern } from "../protocol/safe-regex";
import type { EvalCall, EvalRun, ModelEval } from "./result";
import type { Step, ToolCallExpectation } from "./schema";

type Outcome = ExpectationOutcome & { label: string };

/**
 * Judge one eval run: the step's `calls:` (each expected call matched by a distinct call the
 * model made, in order with `inOrder`, nothing else with `only`, or `none`) and `reply:` against
 * what the model did. Pure; the model's calls are judged as it made them, sent or not.
 */
export function judgeEvalRun(step: Step, made: readonly EvalCall[], text: string): { pass: boolean; expectations: Outcome[] } {
  const out: Outcome[] = [];
  const shown = made.map(shownCall);
  if (step.calls === "none")
    out.push({
      kind: "noTool",
      label: "calls no tool",
      pass: made.length === 0,
      message: made.length ? `the model called ${shown.map(callText).join(", ")}` : "no tool called",
      ...(made.length ? { expected: "no tool call", actual: shown } : {}),
    });
  else if (step.calls) out.push(...callOutcomes(step.calls, made, Boolean(step.inOrder), Boolean(step.only)));
  if (step.reply !== undefined) out.push(replyOutcome(step.reply, text));
  return { pass: out.every((o) => o.pass), expectations: out };
}

function callOutcomes(want: readonly ToolCallExpectation[], made: readonly EvalCall[], inOrder: boolean, only: boolean): Outcome[] {
  const fits = want.map((w) => made.map((m) => callFits(w, m)));
  const assigned = inOrder ? inOrderMatch(fits) : anyOrderMatch(fits, made.length);
  const used = new Set(assigned.filter((i) => i >= 0));
  const shown = made.map(shownCall);
  const out: Outcome[] = want.map((w, i) => {
    const label = `calls ${w.tool}${w.arguments ? ` with ${JSON.stringify(w.arguments)}` : ""}${(w.expect ?? []).map((e) => `, ${describeExpectation(e)}`).join("")}`;
    const expected = { tool: w.tool, ...(w.arguments ? { arguments: w.arguments } : {}) };
    if (assigned[i] >= 0) return { kind: "call", label, pass: true, message: `call ${assigned[i] + 1}: ${callText(shown[assigned[i]])}` };
    return { kind: "call", label, pass: false, message: whyNot(w, made, fits[i], inOrder), expected, actual: shown };
  });
  if (inOrder && out.some((o) => !o.pass) && anyOrderMatch(fits, made.length).every((i) => i >= 0))
    out.push({
      kind: "inOrder",
      label: "in this order",
      pass: false,
      message: "the calls were all made, but not in this order",
      actual: shown,
    });
  if (only) {
    const extra = made.map((_, j) => j).filter((j) => !used.has(j));
    out.push({
      kind: "only",
      label: "no other tool call",
      pass: extra.length === 0,
      message: extra.length ? `other calls: ${extra.map((j) => callText(shown[j])).join(", ")}` : "no other call",
      ...(extra.length ? { actual: extra.map((j) => shown[j]) } : {}),
    });
  }
  return out;
}

/** Why no call fits: the nearest call to that tool and its first failed test, else what the model did call. */
function whyNot(w: ToolCallExpectation, made: readonly EvalCall[], fits: readonly CallFit[], inOrder: boolean): string {
  const same = made.map((m, j) => ({ m, fit: fits[j] })).filter((x) => x.m.name === w.tool);
  if (!made.length) return "the model called no tool";
  if (!same.length) return `${w.tool} was not called; the model called ${made.map((m) => callText(shownCall(m))).join(", ")}`;
  const wrong = same.find((x) => !x.fit.pass);
  if (wrong) return `${w.tool} was called with ${JSON.stringify(wrong.m.args)}: ${wrong.fit.why}`;
  return inOrder ? `${w.tool} was called, but not after the calls listed before it` : `${w.tool} was called fewer times than listed`;
}

type CallFit = { pass: boolean; why?: string };

/** Whether a call the model made is the one expected: the tool's name, the arguments' subset, each path test. */
function callFits(w: ToolCallExpectation, m: EvalCall): CallFit {
  if (m.name !== w.tool) return { pass: false, why: `it is ${m.name}` };
  const args = isPlain(m.args) ? m.args : {};
  for (const [k, v] of Object.entries(w.arguments ?? {}))
    if (!Object.hasOwn(args, k)) return { pass: false, why: `no argument ${k}` };
    else if (!jsonEqual(args[k], v)) return { pass: false, why: `${k} is ${JSON.stringify(args[k])}, not ${JSON.stringify(v)}` };
  for (const e of w.expect ?? []) {
    const o = evaluate(e, { result: m.args });
    if (!o.pass) return { pass: false, why: o.message };
  }
  return { pass: true };
}

/** Expected call i -> the index of the call matching it, or -1: greedy, each after the previous (a subsequence). */
function inOrderMatch(fits: readonly CallFit[][]): number[] {
  let from = 0;
  return fits.map((row) => {
    const j = row.findIndex((f, k) => k >= from && f.pass);
    if (j >= 0) from = j + 1;
    return j;
  });
}

/**
 * Expected call i -> a distinct call matching it, as many matched as can be (augmenting paths,
 * Kuhn's algorithm): a greedy pick could spend the one call a later, stricter expectation needed.
 */
function anyOrderMatch(fits: readonly CallFit[][], n: number): number[] {
  const owner = new Array<number>(n).fill(-1);
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < n; j++) {
      if (!fits[i][j].pass || seen[j]) continue;
      seen[j] = true;
      if (owner[j] < 0 || tryAssign(owner[j], seen)) return ((owner[j] = i), true);
    }
    return false;
  };
  for (let i = 0; i < fits.length; i++) tryAssign(i, new Array<boolean>(n).fill(false));
  return fits.map((_, i) => owner.indexOf(i));
}

function replyOutcome(test: NonNullable<Step["reply"]>, text: string): Outcome {
  const t = typeof test === "string" ? { contains: test } : test;
  const expected = t.matches !== undefined ? `a reply matching /${t.matches}/` : `a reply containing ${JSON.stringify(t.contains)}`;
  const pass = t.matches !== undefined ? matches(t.matches, text) : text.includes(t.contains!);
  return {
    kind: "reply",
    label: t.matches !== undefined ? `reply matches /${t.matches}/` : `reply contains ${JSON.stringify(t.contains)}`,
    pass,
    message: pass ? "the reply fits" : `not ${expected}`,
    expected,
    actual: text,
  };
}

/** The model's text is not the person's: its patterns run on RE2 when they can, as expect.ts does. */
function matches(pattern: string, s: string): boolean {
  const p = safePattern(pattern);
  return p instanceof UncheckedPattern ? new RegExp(pattern, "u").test(s) : p.test(s);
}

const shownCall = (m: EvalCall) => ({ tool: m.name, arguments: m.args, ...(m.problem ? { problem: m.problem } : {}) });
/** `echo({"message":"hi"})`; a call that was not sent says why. */
const callText = (c: { tool: string; arguments: unknown; problem?: string }) =>
  `${c.tool}(${JSON.stringify(c.arguments ?? {})})${c.problem ? ` [not sent: ${c.problem}]` : ""}`;

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The runs that must pass out of `runs` at `passRate` (rounded up: 0.8 of 5 is 4, of 3 is 3). */
export function runsNeeded(runs: number, passRate: number): number {
  // 1e-9: 0.7 * 10 is 7.000000000000001 in floating point, which must not ask for 8.
  return Math.min(runs, Math.max(0, Math.ceil(runs * passRate - 1e-9)));
}

/** One model's verdict from its runs: pass when enough passed, error when the model could not be asked. */
export function modelVerdict(model: string, runs: number, passRate: number, detail: EvalRun[], durationMs: number): ModelEval {
  const passed = detail.filter((r) => r.pass).length;
  const needed = runsNeeded(runs, passRate);
  const failure = detail.find((r) => r.error);
  const status = failure ? "error" : passed >= needed ? "pass" : "fail";
  const message = failure
    ? `run ${failure.run}: ${failure.error}${detail.length < runs ? ` (${runs - detail.length} more runs not made)` : ""}`
    : `${passed}/${runs} runs passed${runs > 1 || passRate < 1 ? `, ${needed} needed (passRate ${passRate})` : ""}`;
  return { model, status, passed, runs, passRate, needed, durationMs, detail, message };
}

import path from "node:path";
import { withOtelSpan } from "../otel/hook";
import { runPassed } from "../../lib/collections/result";
import { describeExpectation, evaluate, type ExpectContext, type ExpectationOutcome } from "../../lib/collections/expect";
import { stepKind, stepName, type AnswerRules, type Collection, type Expectation, type Step } from "../../lib/collections/schema";
import type { CollectionRun, StepResult, StepStatus } from "../../lib/collections/result";
import { valueAtPath } from "../../lib/collections/json-path";
import { fillIn, MissingValue, type EnvSource, type Filled } from "../../lib/collections/variables";
import { commandLineEnv } from "../../lib/collections/env-policy";
import { asRecord, arrayOr } from "../../lib/json/shape";
import { SchemaValidator } from "../../lib/protocol/output-verdict";
import type { McpSession, RecordEntry } from "../test-library/types";
import { snapshotValue, type SnapshotFile } from "./snapshots";
import { redactFilled } from "./filled-values";
import { sendStep, type StepResponse, type ToolCatalog } from "./send-step";
import { runEvalStep, type EvalModels } from "./eval-step";
import { normalizeVolatile } from "../../lib/session/json-diff";
import {
  changeFails,
  judgeResult,
  requestAndResponse,
  requestNotifications,
  type FailOn,
  type LatencyBound,
} from "../../lib/surface/regression";

export interface RunOptions {
  /** The collection's file, as reports name it. */
  file: string;
  /**
   * For `${ENV}`: a lookup that decides which names may be filled (lib/collections/env-policy.ts),
   * or a plain record. Default: this process's environment, the inspector's own secrets refused.
   */
  env?: EnvSource;
  /** Each `${NAME}` the run filled, name → value, so whoever writes what the run produced can take exactly those values out. */
  filled?: Filled;
  /** Only steps whose name matches (the others are skipped, and their captures are not made). */
  grep?: RegExp;
  /** Stop at the first step that fails; the rest are skipped. */
  bail?: boolean;
  /** Where snapshots are kept (absent: snapshot expectations fail saying so). */
  snapshots?: SnapshotFile;
  /** Replace kept snapshots with this run's. */
  updateSnapshots?: boolean;
  /** A step's answer rules, in force while it runs (undefined: the step is over). The CLI answers through connect's answers. */
  setAnswers?: (rules: AnswerRules | undefined) => void;
  /** Each step's verdict as soon as it is known. */
  onStep?: (result: StepResult) => void;
  /** A step's time limit when neither it nor the collection gives one. */
  timeoutMs?: number;
  /** The models ask steps (evals) are put to; without them an ask step is an error saying to give --model. */
  models?: EvalModels;
  /** `any`: a snapshot change `inspector diff` calls compatible fails too (default: reported, passes). */
  failOn?: FailOn;
  /** The bound a `latency:` expectation uses where it names none (--latency-factor, --latency-min-ms). */
  latencyBound?: LatencyBound;
}

const DEFAULT_STEP_MS = 30_000;

/**
 * Run a collection's steps in order on a connected session, judge each step's expectations and
 * report each as it ends. A step that fails or times out does not stop the rest (unless `bail`);
 * a connection that ends makes the remaining steps errors, never a hang.
 */
export function runCollection(session: McpSession, collection: Collection, o: RunOptions): Promise<CollectionRun> {
  // With OpenTelemetry export on, the run is a span over its steps' calls.
  // Named for the file, not its path (a span name is low-cardinality); attributes in our own
  // namespace, not the conventions' `mcp.` one.
  return withOtelSpan(
    `collection run ${path.basename(o.file)}`,
    { "inspector.collection.file": path.basename(o.file), "inspector.collection.steps": collection.steps.length },
    () => runSteps(session, collection, o),
    (r) => (runPassed(r) ? undefined : `${r.counts.fail} failed, ${r.counts.error} errors`),
  );
}

async function runSteps(session: McpSession, collection: Collection, o: RunOptions): Promise<CollectionRun> {
  const env = o.env ?? commandLineEnv(process.env);
  const filled = o.filled ?? new Map<string, string>();
  const scope: Record<string, unknown> = {};
  const validator = new SchemaValidator();
  const catalog: ToolCatalog = {};
  let stop: string | undefined;
  try {
    Object.assign(scope, fillIn(collection.variables ?? {}, {}, env, filled));
  } catch (e) {
    if (!(e instanceof MissingValue)) throw e;
    stop = `variables: ${e.message}`;
  }
  const steps: StepResult[] = [];
  let written = 0;
  for (const [index, step] of collection.steps.entries()) {
    const name = stepName(step, index);
    const base = { index, name, kind: stepKind(step), method: methodOf(step) };
    let result: StepResult;
    if (stop || step.skip || (o.grep && !o.grep.test(name)))
      result = { ...base, status: "skipped", durationMs: 0, expectations: [], ...(stop ? { message: stop } : {}) };
    else {
      const ran = await runStep(session, step, base, {
        scope,
        env,
        filled,
        validator,
        catalog,
        timeoutMs: step.timeoutMs ?? collection.timeoutMs ?? o.timeoutMs ?? DEFAULT_STEP_MS,
        o,
      });
      result = ran.result;
      written += ran.written;
      if (result.status !== "pass" && o.bail) stop = `not run: --bail after step "${name}" failed`;
      if (ran.closed) stop = `not run: the connection ended during step "${name}"`;
    }
    steps.push(result);
    o.onStep?.(result);
  }
  const counts: Record<StepStatus, number> = { pass: 0, fail: 0, error: 0, skipped: 0 };
  for (const s of steps) counts[s.status]++;
  return { file: o.file, steps, counts, snapshotsWritten: written };
}

/** The JSON-RPC method a step sends (or waits for). */
export function methodOf(step: Step): string {
  if (step.tool) return "tools/call";
  if (step.resource) return "resources/read";
  if (step.prompt) return "prompts/get";
  if (step.notification) return typeof step.notification === "string" ? step.notification : step.notification.method;
  // An eval's own requests are the tools/call its model makes; the step itself is a conversation.
  if (step.ask) return "ask";
  return step.method!;
}

interface StepEnv {
  scope: Record<string, unknown>;
  env: EnvSource;
  filled: Filled;
  validator: SchemaValidator;
  catalog: ToolCatalog;
  timeoutMs: number;
  o: RunOptions;
}

type Base = Pick<StepResult, "index" | "name" | "kind" | "method">;

async function runStep(
  session: McpSession,
  step: Step,
  base: Base,
  s: StepEnv,
): Promise<{ result: StepResult; written: number; closed: boolean }> {
  const firstSeq = lastSeq(session.record()) + 1;
  const started = performance.now();
  const done = (status: StepStatus, extra: Partial<StepResult>): StepResult => {
    const last = lastSeq(session.record());
    return {
      ...base,
      status,
      durationMs: Math.round(performance.now() - started),
      expectations: [],
      ...(last >= firstSeq ? { seqs: { first: firstSeq, last } } : {}),
      ...extra,
    };
  };
  let filled: Step;
  try {
    filled = fillIn(step, s.scope, s.env, s.filled);
  } catch (e) {
    if (e instanceof MissingValue) return { result: done("error", { message: e.message }), written: 0, closed: false };
    throw e;
  }
  if (filled.answer) {
    s.o.setAnswers?.(filled.answer);
    if (filled.answer.roots) await session.setRoots(filled.answer.roots).catch(() => undefined);
  }
  if (filled.ask) {
    try {
      const e = await runEvalStep(session, filled, s.o.models, { index: base.index, timeoutMs: s.timeoutMs, catalog: s.catalog });
      return { result: done(e.status, { evals: e.evals, ...(e.message ? { message: e.message } : {}) }), written: 0, closed: false };
    } finally {
      if (filled.answer) s.o.setAnswers?.(undefined);
    }
  }
  let response: StepResponse;
  try {
    response = await sendStep(session, filled, s.timeoutMs, s.catalog, s.validator);
  } finally {
    if (filled.answer) s.o.setAnswers?.(undefined);
  }
  if (response.failure) {
    const status: StepStatus = response.failure.kind === "timeout" ? "fail" : "error";
    return { result: done(status, { message: response.failure.message }), written: 0, closed: response.failure.kind === "closed" };
  }
  const end = lastSeq(session.record());
  const expects: Expectation[] = [...(filled.expect ?? [])];
  // Asking the lint for its findings makes it catch up on the whole record: only when a step wants them.
  const findings = expects.some((e) => e.noFindings) ? session.findings().filter((f) => f.seq >= firstSeq && f.seq <= end) : [];
  // A tool error is what this step tests only when it says so (isError: true); then the
  // outputSchema, which describes the tool's output on success, is not checked by default.
  const expectsToolError = expects.some((e) => e.isError === true);
  // The tool's own outputSchema is checked unless the step says outputSchema: false.
  if (step.tool && response.outputVerdict && !expectsToolError && !expects.some((e) => e.outputSchema !== undefined))
    expects.unshift({ outputSchema: true });
  let written = 0;
  // The notifications that came with the step's request (its progress, log lines, list changes).
  const notifications = expects.some((e) => e.notifications) ? stepNotifications(session.record(), firstSeq, step) : undefined;
  const outcomes = expects.map((e) => {
    const ctx: ExpectContext = {
      result: response.result,
      ...(response.error ? { error: response.error } : {}),
      latencyMs: response.latencyMs,
      outputVerdict: response.outputVerdict ?? null,
      findings,
      validator: s.validator,
      ...(notifications
        ? {
            notifications,
            sessionNotifications: session.notifications().map((n) => n.method),
            ...(session.negotiated.era === "modern" ? { modernEra: true } : {}),
          }
        : {}),
      ...(s.o.latencyBound ? { latencyBound: s.o.latencyBound } : {}),
    };
    if (e.snapshot !== undefined && s.o.snapshots && response.result !== undefined) {
      const name = typeof e.snapshot === "string" ? e.snapshot : base.name;
      // A snapshot file is committed beside the collection: what the run filled from the environment is not written into it.
      const actual = redactFilled(snapshotValue(response.result), s.filled);
      const kept = s.o.updateSnapshots ? undefined : s.o.snapshots.get(name);
      if (kept === undefined) {
        s.o.snapshots.set(name, actual);
        written++;
      }
      ctx.snapshot = {
        name,
        actual,
        expected: kept,
        ...(kept !== undefined ? { judged: judgedSnapshot(methodOf(step), kept, actual, s.o.failOn) } : {}),
      };
    }
    return { ...evaluate(e, ctx), label: describeExpectation(e) };
  });
  // A call fails unless it succeeded: a tool step that names no isError fails on isError: true
  // (issue 48 point 2: a step with no expectations passed a tool's error).
  if (step.tool && !expects.some((e) => e.isError !== undefined) && asRecord(response.result).isError === true)
    outcomes.unshift(toolErrorOutcome(response.result));
  const saved: Record<string, unknown> = {};
  const missed: string[] = [];
  for (const [key, path] of Object.entries(filled.save ?? {})) {
    const at = valueAtPath(response.result, path);
    if (at.found) saved[key] = s.scope[key] = at.value;
    else missed.push(`save ${key}: nothing at ${path}${at.error ? ` (${at.error})` : ""}`);
  }
  const failed = outcomes.some((x) => !x.pass) || missed.length > 0;
  // A request that failed with no errorCode expected is a failure even when nothing else was asked.
  const unexpectedError = response.error && !expects.some((e) => e.errorCode !== undefined);
  const message = [
    ...missed,
    ...(unexpectedError && !outcomes.length ? [`the request failed: ${response.error!.code} ${response.error!.message}`] : []),
  ].join("; ");
  const result = done(failed || unexpectedError ? "fail" : "pass", {
    expectations: outcomes,
    response: {
      ...(response.result !== undefined ? { result: response.result } : {}),
      ...(response.error ? { error: response.error } : {}),
    },
    ...(message ? { message } : {}),
    ...(Object.keys(saved).length ? { saved } : {}),
  });
  return { result, written, closed: false };
}

/** The default verdict of a tool step that names no isError, on a result with isError: true. */
function toolErrorOutcome(result: unknown): ExpectationOutcome & { label: string } {
  const text = arrayOr(asRecord(result).content)
    .map((b) => asRecord(b))
    .find((b) => b.type === "text" && typeof b.text === "string")?.text as string | undefined;
  const said = text ? `: ${text.length > 200 ? `${text.slice(0, 199)}…` : text}` : "";
  return {
    kind: "isError",
    pass: false,
    path: "$.isError",
    expected: false,
    actual: true,
    label: "the call succeeds (isError is not true)",
    message: `the tool answered isError: true${said} (a step that tests a tool error says so: expect: [{ isError: true }])`,
  };
}

/**
 * A snapshot's differences judged as `inspector diff` judges them (issue 64): a listing item by
 * item in any order, `_meta` and descriptions compatible. What is compatible is reported and
 * passes unless `failOn` is `any`.
 */
function judgedSnapshot(method: string, kept: unknown, actual: unknown, failOn: FailOn = "breaking") {
  // What varies between runs is masked by the one rule replay and the mock use (lib/session/
  // variation.ts, through normalizeVolatile), and diffJson compares a redacted value by its digest.
  const judged = judgeResult(method, normalizeVolatile(kept), normalizeVolatile(actual));
  const strip = ({ path, op, before, after, message }: (typeof judged)[number]) => ({ path, op, before, after, message });
  return {
    failing: judged.filter((c) => changeFails(c, failOn)).map(strip),
    compatible: judged.filter((c) => !changeFails(c, failOn)).map(strip),
  };
}

/** The notification methods that came with the step's request, before its answer. */
function stepNotifications(record: RecordEntry[], firstSeq: number, step: Step): string[] {
  const method = step.tool ? "tools/call" : step.resource ? "resources/read" : step.prompt ? "prompts/get" : step.method;
  const at = requestAndResponse(record, firstSeq, method);
  return at ? requestNotifications(record, at.requestSeq, at.responseSeq) : [];
}

function lastSeq(record: RecordEntry[]): number {
  return record.length ? record[record.length - 1].seq : 0;
}

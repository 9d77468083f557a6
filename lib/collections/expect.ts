import { SchemaValidator } from "../protocol/output-verdict";
import type { OutputVerdict } from "../protocol/output-verdict-schema";
import { safePattern, UncheckedPattern } from "../protocol/safe-regex";
import { asRecord, arrayOr } from "../json/shape";
import { jsonEqual, valueAtPath } from "./json-path";
import { expectationKind, type Expectation, type ExpectationKind } from "./schema";
import { diffJson } from "../session/json-diff";
import { DEFAULT_LATENCY_BOUND, changeLines, judgeLatency, judgeNotifications, type LatencyBound } from "./regression-bounds";

/** What one step produced, as the expectations read it. */
export interface ExpectContext {
  /** The result as the server sent it (absent when the request failed). */
  result?: unknown;
  /** The JSON-RPC error, when the request failed with one. */
  error?: { code: number; message: string; data?: unknown };
  latencyMs?: number;
  /** The tool result against its tool's outputSchema; null when the tool declares none. */
  outputVerdict?: OutputVerdict | null;
  /** The lint's findings from this step's frames. */
  findings?: ReadonlyArray<{ rule: string; severity: "error" | "warning" | "info"; message: string }>;
  /**
   * The masked result and the kept snapshot (undefined: none kept yet, so this run writes it).
   * `judged`: the differences as `inspector diff` judges them (a listing, `_meta`), those that fail
   * and those reported only; absent, every difference fails.
   */
  snapshot?: {
    actual: unknown;
    expected: unknown;
    name: string;
    judged?: { failing: JudgedDiff[]; compatible: JudgedDiff[] };
  };
  /** The notification methods that came with the step's request, in order (its progress, log lines, list changes). */
  notifications?: readonly string[];
  /** Every notification method the session received so far, at any moment (a log line may come during another step). */
  sessionNotifications?: readonly string[];
  /** The connection speaks 2026-07-28: list changes come only on a subscriptions/listen stream, so a request's own cannot be seen. */
  modernEra?: boolean;
  /** The bound a `latency:` expectation uses where it names none (--latency-factor, --latency-min-ms). */
  latencyBound?: LatencyBound;
  /** A validator to reuse across steps (compiling an Ajv costs ~10 ms). */
  validator?: SchemaValidator;
}

/** One difference from a snapshot, with what it means. */
export interface JudgedDiff {
  path: string;
  op: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
  message: string;
}

/** What an eval step judges of the model (lib/collections/eval-verdict.ts). */
export type EvalCheckKind = "call" | "noTool" | "inOrder" | "only" | "reply";

/** One expectation's verdict: expected and actual are what a report shows side by side. */
export interface ExpectationOutcome {
  kind: ExpectationKind | EvalCheckKind;
  pass: boolean;
  path?: string;
  expected?: unknown;
  actual?: unknown;
  message: string;
  /** The differences, one line each (`~ $.tools[0].description: "a" -> "b"`): a snapshot that differs shows these, not two documents. */
  diff?: string[];
  /**
   * A pass with changes below the run's `--fail-on` (a snapshot's compatible changes, a
   * notification kind newly sent): reported, not failed (JUnit puts them in the case's output).
   */
  compatible?: string[];
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;
let shared: SchemaValidator | undefined;

/** Judge one expectation against what a step produced. Pure; never throws for the server's answer. */
export function evaluate(e: Expectation, ctx: ExpectContext): ExpectationOutcome {
  const kind = expectationKind(e);
  const out = (pass: boolean, message: string, extra: Partial<ExpectationOutcome> = {}): ExpectationOutcome => ({
    kind,
    pass,
    message,
    ...extra,
  });
  // Only errorCode is about the error itself; the rest have nothing to read in a failed request.
  if (ctx.error && kind !== "errorCode" && kind !== "latencyMs" && kind !== "latency" && kind !== "noFindings")
    return out(false, `the request failed: ${ctx.error.code} ${ctx.error.message}`, { expected: "a result", actual: ctx.error });
  switch (kind) {
    case "isError": {
      const actual = asRecord(ctx.result).isError === true;
      return out(actual === e.isError, `isError is ${actual}`, { expected: e.isError, actual, path: "$.isError" });
    }
    case "path":
    case "schema":
      return pathOutcome(e, ctx, out);
    case "outputSchema": {
      const v = ctx.outputVerdict;
      if (e.outputSchema === false) return out(true, "outputSchema not checked (outputSchema: false)");
      if (!v) return out(false, "the tool declares no outputSchema", { expected: "an outputSchema", actual: null });
      const problems = v.valid ? [] : v.errors.map((x) => `${x.path}: ${x.message}`);
      return out(v.valid, v.valid ? "structuredContent fits the outputSchema" : `structuredContent does not fit: ${problems.join("; ")}`, {
        path: "$.structuredContent",
        expected: "fits the tool's outputSchema",
        actual: problems.length ? problems : undefined,
      });
    }
    case "textContent":
      return textOutcome(e.textContent!, ctx.result, out);
    case "errorCode": {
      const actual = ctx.error?.code ?? null;
      return out(actual === e.errorCode, ctx.error ? `error ${actual}: ${ctx.error.message}` : "the request succeeded", {
        expected: e.errorCode,
        actual: ctx.error ? actual : "a result",
      });
    }
    case "latencyMs": {
      const actual = ctx.latencyMs ?? Infinity;
      const pass = actual <= e.latencyMs!;
      return out(pass, `answered in ${Math.round(actual)} ms${pass ? "" : `, over the limit of ${e.latencyMs} ms`}`, {
        expected: `≤ ${e.latencyMs} ms`,
        actual: Math.round(actual),
      });
    }
    case "latency": {
      const l = e.latency!;
      const bound = {
        factor: l.factor ?? ctx.latencyBound?.factor ?? DEFAULT_LATENCY_BOUND.factor,
        minMs: l.minMs ?? ctx.latencyBound?.minMs ?? DEFAULT_LATENCY_BOUND.minMs,
      };
      const v = judgeLatency(l.recordedMs, ctx.latencyMs ?? Infinity, bound);
      return out(v.pass, v.message, { expected: `≤ ${v.limitMs} ms`, actual: Math.round(ctx.latencyMs ?? Infinity) });
    }
    case "notifications": {
      // Tolerant of timing: a log line or list change the session got at another moment counts;
      // progress names its request, so it must come with it.
      const elsewhere = (ctx.sessionNotifications ?? []).filter((m) => m !== "notifications/progress");
      const unseen = ctx.modernEra ? e.notifications!.filter(isListChanged) : [];
      const want = e.notifications!.filter((m) => !unseen.includes(m));
      const n = judgeNotifications(want, [...(ctx.notifications ?? []), ...elsewhere]);
      const got = n.missing.length ? [...new Set(ctx.notifications ?? [])] : undefined;
      const added = judgeNotifications(want, ctx.notifications ?? []).added;
      const skipped = unseen.length
        ? ` (${unseen.join(", ")} not compared: a 2026-07-28 connection gets list changes only on subscriptions/listen)`
        : "";
      return out(
        n.missing.length === 0,
        n.missing.length
          ? `${n.message}${skipped}`
          : `${want.join(", ") || "no notification"} came${added.length ? `; newly sent: ${added.join(", ")}` : ""}${skipped}`,
        n.missing.length ? { expected: want, actual: got } : added.length ? { compatible: added.map((m) => `newly sent: ${m}`) } : {},
      );
    }
    case "snapshot": {
      const s = ctx.snapshot;
      if (!s) return out(false, "no snapshot was taken for this step");
      if (s.expected === undefined) return out(true, `snapshot "${s.name}" written`);
      const judged = s.judged ?? {
        failing: diffJson(s.expected, s.actual).map((op) => ({ ...op, message: op.path })),
        compatible: [],
      };
      const pass = judged.failing.length === 0;
      const compatible = judged.compatible.map((c) => c.message);
      if (pass)
        return out(
          true,
          compatible.length
            ? `matches snapshot "${s.name}" but for compatible changes: ${compatible.join("; ")} (--fail-on any fails them)`
            : `matches snapshot "${s.name}"`,
          compatible.length ? { compatible } : {},
        );
      const why = judged.failing.filter((c) => c.message !== c.path).map((c) => c.message);
      return out(
        false,
        `differs from snapshot "${s.name}" in ${judged.failing.length} place${judged.failing.length === 1 ? "" : "s"}${why.length ? ` (${[...new Set(why)].slice(0, 5).join("; ")})` : ""} (--update-snapshots takes the new one)`,
        { diff: changeLines(judged.failing) },
      );
    }
    case "noFindings": {
      const min = SEVERITY_RANK[e.noFindings!];
      const found = (ctx.findings ?? []).filter((f) => SEVERITY_RANK[f.severity] >= min);
      return out(
        found.length === 0,
        found.length ? `${found.length} lint finding(s): ${found.map((f) => `${f.rule} (${f.severity})`).join(", ")}` : "no lint findings",
        {
          expected: `no finding of ${e.noFindings} or worse`,
          actual: found.length ? found.map((f) => `${f.rule}: ${f.message}`) : undefined,
        },
      );
    }
  }
}

const isListChanged = (m: string) => /^notifications\/.+\/list_changed$/.test(m);

type Out = (pass: boolean, message: string, extra?: Partial<ExpectationOutcome>) => ExpectationOutcome;

function pathOutcome(e: Expectation, ctx: ExpectContext, out: Out): ExpectationOutcome {
  const path = e.path ?? "$";
  const at = valueAtPath(ctx.result, path);
  if (at.error) return out(false, at.error, { path });
  if (e.exists !== undefined)
    return out(at.found === e.exists, at.found ? `${path} exists` : `${path} does not exist`, {
      path,
      expected: e.exists,
      actual: at.found,
    });
  if (!at.found) return out(false, `nothing at ${path}`, { path, expected: shownTest(e), actual: undefined });
  const actual = at.value;
  if (e.schema) {
    const v = (ctx.validator ?? (shared ??= new SchemaValidator())).compile(e.schema);
    if (v instanceof Error) return out(false, `the schema does not compile: ${v.message}`, { path });
    const pass = v(actual) === true;
    const problems = pass ? [] : (v.errors ?? []).map((x) => `${path}${x.instancePath.replace(/\//g, ".")}: ${x.message ?? "invalid"}`);
    return out(pass, pass ? `${path} fits the schema` : problems.join("; "), {
      path,
      expected: e.schema,
      actual: pass ? undefined : actual,
    });
  }
  if (e.matches !== undefined) {
    const pass = typeof actual === "string" && matches(e.matches, actual);
    return out(pass, pass ? `${path} matches /${e.matches}/` : `${path} does not match /${e.matches}/`, {
      path,
      expected: `/${e.matches}/`,
      actual,
    });
  }
  if (e.contains !== undefined) {
    const pass = contains(actual, e.contains);
    return out(pass, pass ? `${path} contains it` : `${path} does not contain ${JSON.stringify(e.contains)}`, {
      path,
      expected: e.contains,
      actual,
    });
  }
  const pass = jsonEqual(actual, e.equals);
  return out(pass, pass ? `${path} equals it` : `${path} is not ${JSON.stringify(e.equals)}`, { path, expected: e.equals, actual });
}

function shownTest(e: Expectation): unknown {
  return e.equals ?? (e.matches !== undefined ? `/${e.matches}/` : (e.contains ?? e.schema));
}

function textOutcome(test: NonNullable<Expectation["textContent"]>, result: unknown, out: Out): ExpectationOutcome {
  const t = typeof test === "string" ? { contains: test } : test;
  const texts = arrayOr(asRecord(result).content)
    .map((b) => asRecord(b))
    .filter((b) => b.type === "text" && typeof b.text === "string")
    .map((b) => b.text as string);
  const pass = texts.some((s) => (t.matches !== undefined ? matches(t.matches, s) : s.includes(t.contains!)));
  const expected = t.matches !== undefined ? `text matching /${t.matches}/` : `text containing ${JSON.stringify(t.contains)}`;
  return out(pass, pass ? `a text block has ${expected}` : `no text block has ${expected}`, {
    path: "$.content[*].text",
    expected,
    actual: texts,
  });
}

/**
 * The server chooses the text, so the pattern runs on RE2 (linear time) when it can; a pattern
 * RE2 cannot run (a lookahead) is the person's own and runs on V8's engine.
 */
function matches(pattern: string, s: string): boolean {
  const p = safePattern(pattern);
  return p instanceof UncheckedPattern ? new RegExp(pattern, "u").test(s) : p.test(s);
}

function contains(actual: unknown, want: unknown): boolean {
  if (typeof actual === "string") return typeof want === "string" && actual.includes(want);
  if (Array.isArray(actual)) return actual.some((x) => jsonEqual(x, want) || (isPlain(x) && isPlain(want) && contains(x, want)));
  if (isPlain(actual) && isPlain(want)) return Object.entries(want).every(([k, v]) => Object.hasOwn(actual, k) && jsonEqual(actual[k], v));
  return false;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** An expectation in words, as reports and the page list it: `$.content[0].text equals "Echo: hello"`. */
export function describeExpectation(e: Expectation): string {
  const j = (v: unknown) => JSON.stringify(v);
  switch (expectationKind(e)) {
    case "isError":
      return `isError is ${e.isError}`;
    case "path":
    case "schema": {
      const p = e.path ?? "$";
      if (e.exists !== undefined) return `${p} ${e.exists ? "exists" : "does not exist"}`;
      if (e.schema) return `${p} fits a schema`;
      if (e.matches !== undefined) return `${p} matches /${e.matches}/`;
      if (e.contains !== undefined) return `${p} contains ${j(e.contains)}`;
      return `${p} equals ${j(e.equals)}`;
    }
    case "outputSchema":
      return e.outputSchema === false ? "outputSchema not checked" : "structuredContent fits the tool's outputSchema";
    case "textContent": {
      const t = typeof e.textContent === "string" ? { contains: e.textContent } : e.textContent!;
      return t.matches !== undefined ? `text matches /${t.matches}/` : `text contains ${j(t.contains)}`;
    }
    case "errorCode":
      return `fails with error ${e.errorCode}`;
    case "latencyMs":
      return `answers within ${e.latencyMs} ms`;
    case "latency":
      return `answers not much slower than the recorded ${e.latency!.recordedMs} ms`;
    case "notifications":
      return e.notifications!.length ? `sends ${e.notifications!.join(", ")} with its answer` : "sends no notification";
    case "snapshot":
      return typeof e.snapshot === "string" ? `matches snapshot "${e.snapshot}"` : "matches its snapshot";
    case "noFindings":
      return `no lint finding of ${e.noFindings} or worse`;
  }
}

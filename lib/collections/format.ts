import { Document, LineCounter, isMap, isNode, isPair, isScalar, parseDocument, type Node } from "yaml";
import * as z from "zod";
import { REQUEST_METHODS } from "../protocol/methods";
import { nearest } from "../text/nearest";
import { CollectionSchema, EXPECTATION_KINDS, PATH_TESTS, STEP_KINDS, type Collection, type Expectation, type Step } from "./schema";

export * from "./schema";

/** What is wrong with a collection file: one error, where it is (line is 1-based). */
export interface CollectionError {
  file: string;
  line?: number;
  /** The key path, e.g. `steps[1].expect[0].equalz`. */
  key?: string;
  message: string;
}

/** `stepLines`: the 1-based line where each step starts, for reports and CI annotations that point into the file. */
export type ParsedCollection = { ok: true; collection: Collection; stepLines: number[] } | { ok: false; error: CollectionError };

/**
 * Read a collection file's text (YAML, or JSON, which YAML 1.2 reads the same way). The first
 * problem is returned with its line and key, so the person fixes it in one look and nothing runs.
 * The `yaml` package (not JSON.parse, not js-yaml) because it keeps each node's position and the
 * comments, which the page's edits (appendStep) must leave in place.
 */
export function parseCollection(text: string, file: string): ParsedCollection {
  if (text.length > MAX_EXPANDED_CHARS)
    return { ok: false, error: { file, message: `the file is over ${MAX_EXPANDED_CHARS / 1048576} MiB: not a collection` } };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const fail = (message: string, path: readonly (string | number)[] = [], offset?: number): ParsedCollection => {
    const at = offset ?? offsetOf(doc, path);
    return {
      ok: false,
      error: {
        file,
        ...(at !== undefined ? { line: lines.linePos(at).line } : {}),
        ...(path.length ? { key: keyText(path) } : {}),
        message,
      },
    };
  };
  const syntax = doc.errors[0];
  if (syntax) return fail(`not valid YAML: ${syntax.message.split("\n")[0]}`, [], syntax.pos[0]);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    // yaml throws a ReferenceError past maxAliasCount: an answer about the file, never a crash.
    return fail(`too many aliases (*name): a collection may use at most ${MAX_ALIASES}`);
  }
  if (value === null || value === undefined) return fail("the file is empty: a collection needs `steps:`");
  // Aliases resolve to one shared object, so toJS is cheap; everything after it (the schema, the
  // runner, a report) walks each alias in full. 99 aliases of a 1 MB list are 100 MB of steps.
  if (expandedOver(value, MAX_EXPANDED_CHARS))
    return fail(
      `the file expands to more than ${MAX_EXPANDED_CHARS / 1048576} MiB once its aliases (*name) are written out: refused (a collection that large is a YAML alias bomb, not a test)`,
    );
  const parsed = CollectionSchema.safeParse(value);
  if (!parsed.success) {
    // A misspelt key is usually why a required one is missing: name it first.
    const issue = parsed.error.issues.find((i) => i.code === "unrecognized_keys") ?? parsed.error.issues[0];
    return fail(...issueText(issue, value));
  }
  const problem = semanticProblem(parsed.data);
  if (problem) return fail(problem.message, problem.path);
  // One parse for both: the yaml package takes ~1 ms a step on a busy machine (bench figure 10).
  return { ok: true, collection: parsed.data, stepLines: linesOfSteps(doc, lines) };
}

/** At most this many alias references (yaml counts nested ones too). */
const MAX_ALIASES = 100;
/** The most a collection may hold with its aliases written out, in characters of JSON (about). */
export const MAX_EXPANDED_CHARS = 8 * 1024 * 1024;

/**
 * Whether the value, each shared (aliased) part counted every time it appears, is bigger than
 * `max` characters of JSON. Stops as soon as it is: the walk costs at most `max` steps.
 */
export function expandedOver(value: unknown, max: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") size += v.length + 2;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v !== null && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        size += k.length + 4;
        stack.push(x);
      }
      size += 2;
    } else size += 5;
    if (size > max) return true;
  }
  return false;
}

/** The keys a step may hold besides its kind (tool, resource, …) and an ask step's own. */
const STEP_KEYS = ["name", "arguments", "params", "answer", "save", "expect", "timeoutMs", "skip"] as const;
/** The keys at the top of a collection. */
const TOP_KEYS = ["version", "name", "target", "variables", "timeoutMs", "steps"] as const;

/** The zod issue as a sentence about the file, and where (an unknown key points at the key itself). */
function issueText(issue: z.core.$ZodIssue, value: unknown): [string, (string | number)[]] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0];
    const where = [...path, key];
    const parent = path.at(-1);
    // Issue 92: the list of every valid key, then the one the person most likely meant.
    const meant = (known: readonly string[]) => {
      const near = nearest(key, known);
      return near ? `; did you mean "${near}"?` : "";
    };
    if (path.length >= 2 && path.at(-2) === "expect")
      return [
        `unknown expectation "${key}" (known: ${EXPECTATION_KINDS.join(", ")}, and with path: ${PATH_TESTS.join(", ")})${meant([...EXPECTATION_KINDS, ...PATH_TESTS])}`,
        where,
      ];
    if (path.length === 2 && path[0] === "steps")
      return [
        `unknown step key "${key}" (a step is one of ${STEP_KINDS.join(", ")}, with ${STEP_KEYS.join(", ")}; an ask step with ${EVAL_KEYS.join(", ")})${meant([...STEP_KINDS, ...STEP_KEYS, ...EVAL_KEYS])}`,
        where,
      ];
    return [
      parent !== undefined
        ? `unknown key "${key}" in ${keyText(path)}`
        : `unknown key "${key}" at the top (known: ${TOP_KEYS.join(", ")})${meant(TOP_KEYS)}`,
      where,
    ];
  }
  if (issue.code === "invalid_type" && valueAt(value, path) === undefined) return [`missing: ${keyText(path)} is required`, path];
  return [`${keyText(path) || "the file"}: ${issue.message}`, path];
}

/** What the schema cannot say: one kind per step and per expectation, path tests with a path, known methods. */
function semanticProblem(c: Collection): { message: string; path: (string | number)[] } | undefined {
  for (const [i, step] of c.steps.entries()) {
    const at = ["steps", i];
    const kinds = STEP_KINDS.filter((k) => step[k] !== undefined);
    if (kinds.length !== 1)
      return {
        message: kinds.length
          ? `a step is one thing: it has ${kinds.join(" and ")}`
          : `a step needs one of ${STEP_KINDS.join(", ")} (e.g. tool: echo)`,
        path: at,
      };
    if (step.method && !step.custom && !REQUEST_METHODS.includes(step.method))
      return { message: `unknown method "${step.method}" (a vendor method: add custom: true)`, path: [...at, "method"] };
    if (step.arguments && !step.tool && !step.prompt && !step.ask)
      return { message: "arguments go with tool: or prompt: (a method takes params:)", path: [...at, "arguments"] };
    if (step.params && !step.method)
      return { message: "params go with method: (tool: and prompt: take arguments:)", path: [...at, "params"] };
    for (const [j, e] of (step.expect ?? []).entries()) {
      const problem = expectationProblem(e);
      if (problem) return { message: problem, path: [...at, "expect", j] };
    }
    const evalProblem = askProblem(step);
    if (evalProblem) return { message: evalProblem.message, path: [...at, ...evalProblem.path] };
  }
  return undefined;
}

/** The keys that judge an ask step (an eval), and only it. */
export const EVAL_KEYS = ["calls", "inOrder", "only", "reply", "runs", "passRate", "maxTurns"] as const;
/** What a tool call's own expect: may hold: path tests over its arguments. */
const CALL_EXPECTATIONS = new Set(["path", "schema"]);

/** An ask step judges the model with calls: and reply:, and those keys mean nothing on another step. */
function askProblem(step: Step): { message: string; path: (string | number)[] } | undefined {
  if (!step.ask) {
    const stray = EVAL_KEYS.find((k) => step[k] !== undefined);
    return stray ? { message: `${stray}: goes with ask: (an eval of the model's tool calls)`, path: [stray] } : undefined;
  }
  for (const k of ["expect", "save", "arguments", "params", "custom"] as const)
    if (step[k] !== undefined)
      return { message: `an ask step judges the model with calls: and reply:, it takes no ${k}: (that is for a request step)`, path: [k] };
  if (step.calls === undefined && step.reply === undefined)
    return { message: "an ask step needs calls: (the tool calls it expects, or none) or reply: (what its answer says)", path: [] };
  if (step.calls === "none" || step.calls === undefined)
    for (const k of ["inOrder", "only"] as const) if (step[k] !== undefined) return { message: `${k}: needs a list of calls:`, path: [k] };
  if (typeof step.reply === "object") {
    const n = Number(step.reply.contains !== undefined) + Number(step.reply.matches !== undefined);
    if (n !== 1) return { message: "reply takes one of contains or matches", path: ["reply"] };
    const bad = step.reply.matches !== undefined && patternProblem(step.reply.matches);
    if (bad) return { message: bad, path: ["reply", "matches"] };
  }
  for (const [j, call] of (Array.isArray(step.calls) ? step.calls : []).entries())
    for (const [k, e] of (call.expect ?? []).entries()) {
      const where = ["calls", j, "expect", k];
      const problem = expectationProblem(e);
      if (problem) return { message: problem, path: where };
      const kinds = EXPECTATION_KINDS.filter((x) => e[x] !== undefined);
      if (kinds.some((x) => !CALL_EXPECTATIONS.has(x)))
        return {
          message: `a tool call's expect: tests its arguments by path (path: $.name with ${PATH_TESTS.join(", ")}), not ${kinds.join(" and ")}`,
          path: where,
        };
    }
  return undefined;
}

/** One kind per expectation; a path's test goes with a path. Exported for the page's editor. */
export function expectationProblem(e: Expectation): string | undefined {
  const tests = PATH_TESTS.filter((t) => e[t] !== undefined);
  if (e.path !== undefined) {
    if (tests.length !== 1)
      return `path ${e.path} needs one of ${PATH_TESTS.join(", ")}${tests.length ? `, not ${tests.join(" and ")}` : ""}`;
    if (!/^\$/.test(e.path)) return `a path starts with $ (e.g. $.content[0].text), got ${e.path}`;
  } else if (tests.some((t) => t !== "schema"))
    return `${tests.filter((t) => t !== "schema").join(" and ")} needs a path: (e.g. path: $.content[0].text)`;
  const kinds = EXPECTATION_KINDS.filter((k) => e[k] !== undefined);
  if (kinds.length === 0) return `an expectation names one of ${EXPECTATION_KINDS.join(", ")}`;
  if (kinds.length > 1 && !(kinds.length === 2 && kinds.includes("path") && kinds.includes("schema")))
    return `one expectation per item: this one has ${kinds.join(" and ")}`;
  if (e.matches !== undefined) {
    const bad = patternProblem(e.matches);
    if (bad) return bad;
  }
  if (typeof e.textContent === "object") {
    const n = Number(e.textContent.contains !== undefined) + Number(e.textContent.matches !== undefined);
    if (n !== 1) return "textContent takes one of contains or matches";
    if (e.textContent.matches !== undefined) return patternProblem(e.textContent.matches);
  }
  return undefined;
}

function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "u");
    return undefined;
  } catch (e) {
    return `not a regular expression: ${(e as Error).message}`;
  }
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const p of path) v = typeof v === "object" && v !== null ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

/** `steps[1].expect[0]` */
export function keyText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
}

/** Where the deepest node along the path starts (a key that is named: the key itself). */
function offsetOf(doc: Document, path: readonly (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let at = isNode(doc.contents) ? doc.contents.range?.[0] : undefined;
  for (const p of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === p);
      if (!pair) break;
      at = (pair.key as Node).range?.[0] ?? at;
      node = pair.value;
      continue;
    }
    const child: unknown = isNode(node) && "get" in node ? (node as { get(k: unknown, keep: true): unknown }).get(p, true) : undefined;
    if (!isNode(child)) break;
    at = child.range?.[0] ?? at;
    node = child;
  }
  return at;
}

/** The text of a collection with one more step at the end; comments, order and layout of the rest kept. */
export function appendStep(text: string, step: Step): string {
  const doc = parseDocument(text.trim() ? text : `version: ${1}\nsteps: []\n`);
  const steps = doc.get("steps", true);
  if (isNode(steps) && "add" in steps && Array.isArray((steps as { items?: unknown }).items)) {
    (steps as unknown as { add(v: unknown): void; flow?: boolean }).add(doc.createNode(step));
    (steps as unknown as { flow?: boolean }).flow = false;
  } else doc.set("steps", doc.createNode([step]));
  return doc.toString({ lineWidth: 0 });
}

/** The text with step `index`'s expectations replaced (none: the key goes), the rest kept as written. */
export function setStepExpectations(text: string, index: number, expectations: Expectation[]): string {
  const doc = parseDocument(text);
  if (!doc.hasIn(["steps", index])) throw new RangeError(`the collection has no step ${index + 1}`);
  if (expectations.length) doc.setIn(["steps", index, "expect"], doc.createNode(expectations));
  else doc.deleteIn(["steps", index, "expect"]);
  return doc.toString({ lineWidth: 0 });
}

/** A collection as the YAML a person would write: its fields in the schema's order; `comments` go above the steps they name (by index). */
export function stringifyCollection(c: Collection, comments?: ReadonlyMap<number, string>): string {
  const doc = new Document(c);
  for (const [i, text] of comments ?? []) {
    const node = doc.getIn(["steps", i], true);
    if (isNode(node)) node.commentBefore = text;
  }
  return doc.toString({ lineWidth: 0 });
}

/** The 1-based line where each step starts, for reports and CI annotations that point into the file. */
export function stepLines(text: string): number[] {
  const lines = new LineCounter();
  return linesOfSteps(parseDocument(text, { lineCounter: lines }), lines);
}

function linesOfSteps(doc: Document, lines: LineCounter): number[] {
  const steps = doc.get("steps", true);
  const items = isNode(steps) && "items" in steps ? (steps as { items: unknown[] }).items : [];
  return items.map((n) => lines.linePos(isNode(n) ? (n.range?.[0] ?? 0) : 0).line);
}

import { isObject } from "../json/shape";
import { diffJson, type DiffOp } from "../session/json-diff";
import { compareItem } from "./compare";
import { RULES, severityOf } from "./rules";
import { LIST_KINDS, LIST_SPECS, itemId, type ListKind, type SurfaceItem } from "./surface";

/**
 * What a user means by a regression, one rule for `replay` and for a collection made by
 * `test --from-session` (issue 64): a recorded answer and the live one are judged as `inspector
 * diff` judges a surface. A change is breaking (it fails) or compatible (reported, and passes
 * unless `--fail-on any`). Notifications that belong to a request are compared as a sequence of
 * kinds, and an answer much slower than its recording fails. Pure.
 */

/** `--fail-on breaking` (the default) or `--fail-on any`, as `inspector diff` takes it. */
export type FailOn = "breaking" | "any";

/** One difference between a recorded answer and the live one, with what `diff` calls it. */
export interface JudgedChange extends DiffOp {
  severity: "breaking" | "compatible";
  /** In words: `tool echo: description changed`. */
  message: string;
}

/** The list method of a result, when it is one (tools/list …): its items are compared as `diff` compares them. */
export function listKindOf(method: string): ListKind | undefined {
  return LIST_KINDS.find((k) => LIST_SPECS[k].method === method);
}

/**
 * The differences between a recorded result and the live one, judged. A listing (tools/list,
 * resources/list, resources/templates/list, prompts/list) is compared item by item by its id, in
 * any order: an item removed or an argument now required is breaking; an item added, another
 * order, a description or `_meta` changed, an optional argument added are compatible. In any other
 * result a `_meta` that appeared or changed is compatible; everything else that differs is breaking.
 * Both values are compared as given (mask what varies between runs first).
 */
export function judgeResult(method: string, recorded: unknown, live: unknown): JudgedChange[] {
  const kind = listKindOf(method);
  if (
    kind &&
    isObject(recorded) &&
    isObject(live) &&
    Array.isArray(recorded[LIST_SPECS[kind].key]) &&
    Array.isArray(live[LIST_SPECS[kind].key])
  )
    return judgeListing(kind, recorded, live);
  return diffJson(recorded, live).map(judgeOp);
}

/** A plain diff op: compatible only under `_meta` (what a server says about an answer, not the answer). */
function judgeOp(op: DiffOp): JudgedChange {
  const meta = /(?:^|\.)_meta(?:$|[.[])/.test(op.path.replace(/^\$/, ""));
  const what = op.op === "added" ? "added" : op.op === "removed" ? "removed" : "changed";
  return meta && op.op !== "removed"
    ? { ...op, severity: "compatible", message: `${op.path} ${what} (_meta: ${RULES["metadata-changed"].why})` }
    : { ...op, severity: "breaking", message: `${op.path} ${what}` };
}

function judgeListing(kind: ListKind, recorded: Record<string, unknown>, live: Record<string, unknown>): JudgedChange[] {
  const key = LIST_SPECS[kind].key;
  const noun = LIST_SPECS[kind].noun;
  const out: JudgedChange[] = [];
  // Whatever else the result holds (a cursor, _meta) is judged as any result is.
  const rest = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== key));
  out.push(...diffJson(rest(recorded), rest(live)).map(judgeOp));
  const byId = (items: unknown[]) => {
    const m = new Map<string, { item: SurfaceItem; index: number }>();
    items.forEach((x, index) => {
      const item = (isObject(x) ? x : {}) as SurfaceItem;
      const id = itemId(kind, item);
      if (!m.has(id)) m.set(id, { item, index });
    });
    return m;
  };
  const a = byId(recorded[key] as unknown[]);
  const b = byId(live[key] as unknown[]);
  const at = (id: string) => `$.${key}[?(@.${LIST_SPECS[kind].id}==${JSON.stringify(id)})]`;
  for (const [id, { item }] of a) {
    const other = b.get(id);
    if (!other) {
      out.push({
        path: at(id),
        op: "removed",
        before: item,
        severity: "breaking",
        message: `${noun} ${id} removed (${RULES.removed.why})`,
      });
      continue;
    }
    for (const c of compareItem(kind, item, other.item)) {
      const severity = severityOf(c.rule, (c as { direction?: "input" | "output" }).direction);
      const path = `${at(id)}${c.path ? c.path.replace(/^\$/, "") : ""}`;
      out.push({
        path,
        op: c.before === undefined ? "added" : c.after === undefined ? "removed" : "changed",
        ...(c.before !== undefined ? { before: c.before } : {}),
        ...(c.after !== undefined ? { after: c.after } : {}),
        severity,
        message: `${noun} ${id}: ${c.message}`,
      });
    }
  }
  for (const [id, { item }] of b)
    if (!a.has(id)) out.push({ path: at(id), op: "added", after: item, severity: "compatible", message: `${noun} ${id} added` });
  const order = (m: Map<string, unknown>) => [...m.keys()].filter((id) => a.has(id) && b.has(id));
  const before = order(a);
  const after = order(b);
  if (before.join("\n") !== after.join("\n"))
    out.push({
      path: `$.${key}`,
      op: "changed",
      before,
      after,
      severity: "compatible",
      message: `${noun}s listed in another order (clients find ${noun}s by ${LIST_SPECS[kind].id}, not by position)`,
    });
  return out;
}

/** Whether a judged change fails the run. */
export function changeFails(c: JudgedChange, failOn: FailOn = "breaking"): boolean {
  return failOn === "any" || c.severity === "breaking";
}

/** How much slower than its recording an answer may be: default 10 times and at least 1 s slower. */
export interface LatencyBound {
  /** The answer may take this many times the recorded time… */
  factor: number;
  /** …and at least this many ms more than the recorded time. */
  minMs: number;
}
export const DEFAULT_LATENCY_BOUND: LatencyBound = { factor: 10, minMs: 1000 };

/** The slowest an answer recorded in `recordedMs` may be: the larger of factor × recorded and recorded + minMs. */
export function latencyLimit(recordedMs: number, b: LatencyBound = DEFAULT_LATENCY_BOUND): number {
  return Math.round(Math.max(recordedMs * b.factor, recordedMs + b.minMs));
}

/** The verdict on one answer's time against its recording; the message states the limit and the value seen. */
export function judgeLatency(
  recordedMs: number,
  liveMs: number,
  b: LatencyBound = DEFAULT_LATENCY_BOUND,
): { pass: boolean; limitMs: number; message: string } {
  const limitMs = latencyLimit(recordedMs, b);
  const pass = liveMs <= limitMs;
  const rule = `${b.factor}x and at least ${b.minMs} ms slower than the recorded ${Math.round(recordedMs)} ms`;
  return {
    pass,
    limitMs,
    message: pass
      ? `answered in ${Math.round(liveMs)} ms (limit ${limitMs} ms: ${rule})`
      : `answered in ${Math.round(liveMs)} ms, over the limit of ${limitMs} ms (${rule})`,
  };
}

/** The notifications a request's answer is judged with: its progress, the log lines and the list changes it caused. */
export function isRequestNotification(method: string): boolean {
  return method === "notifications/progress" || method === "notifications/message" || /^notifications\/.+\/list_changed$/.test(method);
}

/**
 * The sequence of kinds a request's notifications make, tolerant of timing and counts: each kind
 * once, in the order it first came (three progress then a log line, or one progress, a log line
 * and two more, are both `progress, message`).
 */
export function notificationSequence(methods: readonly string[]): string[] {
  return [...new Set(methods.filter(isRequestNotification))];
}

/**
 * The verdict on a request's notifications against its recording: a kind the recording shows and
 * the live server no longer sends is a regression ("some progress then the result" against "no
 * progress at all"); a kind that is new is compatible (reported).
 */
export function judgeNotifications(
  recorded: readonly string[],
  live: readonly string[],
): { missing: string[]; added: string[]; message?: string } {
  const want = notificationSequence(recorded);
  const got = notificationSequence(live);
  const missing = want.filter((m) => !got.includes(m));
  const added = got.filter((m) => !want.includes(m));
  const shown = (l: string[]) => (l.length ? l.join(", ") : "none");
  return {
    missing,
    added,
    ...(missing.length || added.length
      ? {
          message: `${missing.length ? `no longer sent: ${missing.join(", ")}` : `newly sent: ${added.join(", ")}`} (recorded: ${shown(want)}; now: ${shown(got)})`,
        }
      : {}),
  };
}

/** One line per change: `~ path: before -> after`, never two whole documents. */
export function changeLines(changes: readonly DiffOp[], max = 20): string[] {
  const lines: string[] = [];
  for (const c of changes.slice(0, max)) {
    const sign = c.op === "added" ? "+" : c.op === "removed" ? "-" : "~";
    const what = c.op === "added" ? brief(c.after) : c.op === "removed" ? brief(c.before) : `${briefAround(c.before, c.after)}`;
    lines.push(`${sign} ${c.path}: ${what}`);
  }
  if (changes.length > max) lines.push(`… ${changes.length - max} more`);
  return lines;
}

function briefAround(before: unknown, after: unknown): string {
  if (typeof before === "string" && typeof after === "string" && (before.length > 60 || after.length > 60)) {
    // Where they differ, with a little around it: a one-character fix reads as one.
    let i = 0;
    while (i < before.length && i < after.length && before[i] === after[i]) i++;
    let j = 0;
    while (j < before.length - i && j < after.length - i && before[before.length - 1 - j] === after[after.length - 1 - j]) j++;
    const cut = (s: string) => `${i > 20 ? "…" : ""}${s.slice(Math.max(0, i - 20), s.length - j + 20)}${j > 20 ? "…" : ""}`;
    return `${JSON.stringify(cut(before))} -> ${JSON.stringify(cut(after))}`;
  }
  return `${brief(before)} -> ${brief(after)}`;
}

function brief(v: unknown): string {
  const s = JSON.stringify(v) ?? "(none)";
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

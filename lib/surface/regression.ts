import { isObject } from "../json/shape";
import { diffJson, type DiffOp } from "../session/json-diff";
import { compareItem } from "./compare";
import { RULES, severityOf } from "./rules";
export {
  DEFAULT_LATENCY_BOUND,
  ambientKinds,
  latencyComparable,
  changeLines,
  isRequestNotification,
  judgeLatency,
  judgeNotifications,
  latencyLimit,
  notificationSequence,
  requestAndResponse,
  requestNotifications,
  type LatencyBound,
} from "../collections/regression-bounds";
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

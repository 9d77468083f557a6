import { diffJson, normalizeVolatile, type DiffOp } from "../../lib/session/json-diff";
import type { ReplayItem } from "../../lib/session/replay-result";
import { asRecord } from "../../lib/json/shape";
import type { CutComparison } from "./cut-answer";
import { withoutEraFields } from "../../lib/protocol/era-fields";
import {
  DEFAULT_LATENCY_BOUND,
  changeFails,
  judgeLatency,
  judgeNotifications,
  judgeResult,
  type FailOn,
  type LatencyBound,
} from "../../lib/surface/regression";

export type Outcome = { result: unknown } | { error: { code: number; message: string; data?: unknown } };

/** What else one request is judged by, beside its answer (issue 64): its time and its notifications. */
export interface Judging {
  /** `any`: a compatible change fails too (as `inspector diff --fail-on any`). */
  failOn?: FailOn;
  latency?: LatencyBound;
  /** The recorded answer's time and the live one's, in ms. */
  recordedMs?: number;
  liveMs?: number;
  /** The notifications that belonged to the request (methods, in order), recorded and live. */
  recordedNotifications?: readonly string[];
  liveNotifications?: readonly string[];
  /** The recording cut this answer: its body is judged by the size and digest kept (cut-answer.ts). */
  cut?: CutComparison;
}

/**
 * Compare one recorded outcome with the replayed one. An `isError: true` tool result is an error
 * as much as a JSON-RPC error is (issue 36 item 8: a renamed argument came back `isError` while the
 * summary said "0 new error"): it counts as a new error, and its going away as fixed. Values that
 * change on every run (ids, timestamps, pids: normalizeVolatile) are masked and listed in `masked`.
 * A change is judged as `inspector diff` judges a surface (lib/surface/regression.ts): a
 * compatible one (another order, an added tool, a description, `_meta`) is listed in `compatible`
 * and the request stays `same`, unless `failOn` is `any`. A notification kind the recording has and
 * the live server no longer sends, or an answer slower than the latency bound, is `changed`. An
 * answer the recording cut (issue 91) is compared by the size and digest it kept (`judging.cut`).
 */
export function compareOutcome(
  base: { recordedSeq: number; method: string; params: unknown },
  recorded: Outcome | undefined,
  replayed: Outcome | { none: string },
  ignore: ReadonlyArray<(path: string) => boolean>,
  /** The live server speaks another era than the recording: era-only fields are not compared. */
  eraNeutral = false,
  judging: Judging = {},
): ReplayItem {
  if (eraNeutral) {
    recorded = recorded && withoutEra(recorded);
    if (!("none" in replayed)) replayed = withoutEra(replayed);
  }
  const item = { ...base, recorded, diff: [] as DiffOp[] };
  if ("none" in replayed) return { ...item, status: "no-response", note: replayed.none };
  if (!recorded)
    return {
      ...item,
      replayed,
      status: "changed",
      note: "the recording has no response to this request",
      diff: [{ path: "$", op: "added", after: replayed }],
    };
  const kept = (op: DiffOp) => !ignore.some((m) => m(op.path));
  const failOn = judging.failOn ?? "breaking";
  const compatible: { path: string; message: string }[] = [];
  const notes: string[] = [];
  let diff: DiffOp[];
  let extra = {};
  if (judging.cut) {
    // The recorded body is a marker, not the answer: judged by the size and digest the cut kept,
    // before the error checks (a cut result no longer says `isError`). Not masked, not judged
    // compatible: what the digest covers is the whole frame, compared exactly.
    const c = judging.cut;
    notes.push(cutNote(c));
    if (c.same) diff = [];
    else {
      diff = [{ path: `$.${c.field}`, op: "changed", before: c.recorded, after: c.live ?? c.why }];
      if ("error" in replayed && !("error" in recorded)) return { ...item, replayed, status: "new-error", diff, note: notes[0] };
      if ("error" in recorded && !("error" in replayed)) return { ...item, replayed, status: "fixed-error", diff, note: notes[0] };
    }
  } else {
    const raw = diffJson(recorded, replayed).filter(kept);
    diff = diffJson(normalizeVolatile(recorded), normalizeVolatile(replayed)).filter(kept);
    const keptPaths = new Set(diff.map((op) => op.path));
    const masked = [...new Set(raw.map((op) => op.path).filter((p) => !keptPaths.has(p) && ![...keptPaths].some((k) => p.startsWith(k))))];
    extra = masked.length ? { masked } : {};
    const wasError = isFailure(recorded);
    const isError = isFailure(replayed);
    if (!wasError && isError) return { ...item, ...extra, replayed, status: "new-error", diff };
    if (wasError && !isError) return { ...item, ...extra, replayed, status: "fixed-error", diff };
    if ("result" in recorded && "result" in replayed && diff.length) {
      // Judged as `diff` judges it: what is compatible is reported, and fails only with --fail-on any.
      const judged = judgeResult(base.method, normalizeVolatile(recorded.result), normalizeVolatile(replayed.result))
        .map((c) => ({ ...c, path: c.path.replace(/^\$/, "$.result") }))
        .filter(kept);
      diff = judged.filter((c) => changeFails(c, failOn)).map(({ path, op, before, after }) => ({ path, op, before, after }));
      for (const c of judged) if (!changeFails(c, failOn)) compatible.push({ path: c.path, message: c.message });
      for (const c of judged)
        if (changeFails(c, failOn) && c.severity === "compatible") notes.push(`${c.message} (fails with --fail-on any)`);
    }
  }
  if (judging.recordedNotifications && judging.liveNotifications) {
    const n = judgeNotifications(judging.recordedNotifications, judging.liveNotifications);
    if (n.missing.length) {
      diff.push({ path: "notifications", op: "removed", before: n.missing });
      notes.push(n.message!);
    } else if (n.added.length) {
      if (failOn === "any") {
        diff.push({ path: "notifications", op: "added", after: n.added });
        notes.push(n.message!);
      } else compatible.push({ path: "notifications", message: n.message! });
    }
  }
  let latency: ReplayItem["latency"];
  if (judging.recordedMs !== undefined && judging.liveMs !== undefined) {
    const l = judgeLatency(judging.recordedMs, judging.liveMs, judging.latency ?? DEFAULT_LATENCY_BOUND);
    latency = { recordedMs: Math.round(judging.recordedMs), ms: Math.round(judging.liveMs), limitMs: l.limitMs };
    if (!l.pass) {
      diff.push({ path: "latencyMs", op: "changed", before: latency.recordedMs, after: latency.ms });
      notes.push(l.message);
    }
  }
  return {
    ...item,
    ...extra,
    replayed,
    status: diff.length ? "changed" : "same",
    diff,
    ...(compatible.length ? { compatible } : {}),
    ...(latency ? { latency } : {}),
    ...(notes.length ? { note: notes.join("; ") } : {}),
  };
}

/** What the report says of a cut answer: that it was compared by size and digest, and how it came out. */
function cutNote(c: CutComparison): string {
  const kept = `the recording cut this answer (${c.recorded.bytes.toLocaleString("en-US")} bytes): compared by its size and SHA-256`;
  if (c.same) return `${kept}, the same`;
  if (!c.live) return `${kept}; ${c.why}`;
  return `${kept}; the live answer's are ${c.live.bytes.toLocaleString("en-US")} bytes, ${c.live.sha256}${c.why ? ` (${c.why})` : ""}`;
}

const withoutEra = (o: Outcome): Outcome => ("result" in o ? { result: withoutEraFields(o.result) } : o);

/** A JSON-RPC error, or a tool result that says it failed. */
function isFailure(o: Outcome): boolean {
  return "error" in o || asRecord(o.result).isError === true;
}

import { diffJson, normalizeVolatile, type DiffOp } from "../../lib/session/json-diff";
import type { ReplayItem } from "../../lib/session/replay-result";
import { asRecord } from "../../lib/json/shape";
import { withoutEraFields } from "../../lib/protocol/era-fields";

export type Outcome = { result: unknown } | { error: { code: number; message: string; data?: unknown } };

/**
 * Compare one recorded outcome with the replayed one. An `isError: true` tool result is an error
 * as much as a JSON-RPC error is (issue 36 item 8: a renamed argument came back `isError` while the
 * summary said "0 new error"): it counts as a new error, and its going away as fixed. Values that
 * change on every run (ids, timestamps, pids: normalizeVolatile) are masked and listed in `masked`.
 */
export function compareOutcome(
  base: { recordedSeq: number; method: string; params: unknown },
  recorded: Outcome | undefined,
  replayed: Outcome | { none: string },
  ignore: ReadonlyArray<(path: string) => boolean>,
  /** The live server speaks another era than the recording: era-only fields are not compared. */
  eraNeutral = false,
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
  const raw = diffJson(recorded, replayed).filter((op) => !ignore.some((m) => m(op.path)));
  const diff = diffJson(normalizeVolatile(recorded), normalizeVolatile(replayed)).filter((op) => !ignore.some((m) => m(op.path)));
  const kept = new Set(diff.map((op) => op.path));
  const masked = [...new Set(raw.map((op) => op.path).filter((p) => !kept.has(p) && ![...kept].some((k) => p.startsWith(k))))];
  const extra = masked.length ? { masked } : {};
  const wasError = isFailure(recorded);
  const isError = isFailure(replayed);
  if (!wasError && isError) return { ...item, ...extra, replayed, status: "new-error", diff };
  if (wasError && !isError) return { ...item, ...extra, replayed, status: "fixed-error", diff };
  return { ...item, ...extra, replayed, status: diff.length ? "changed" : "same", diff };
}

const withoutEra = (o: Outcome): Outcome => ("result" in o ? { result: withoutEraFields(o.result) } : o);

/** A JSON-RPC error, or a tool result that says it failed. */
function isFailure(o: Outcome): boolean {
  return "error" in o || asRecord(o.result).isError === true;
}

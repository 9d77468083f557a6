import { diffJson, normalizeVolatile, pathMatcher } from "../../lib/session/json-diff";
import { summarizeReplay, type ReplayReport } from "../../lib/session/replay-result";

/**
 * What differed between two replays of the same server with nothing changed (issue 36 item 3's
 * learning pass): the paths, per request, whose values are volatile by nature of this server (a
 * clock inside a base64 blob, a random number). Proposed as ignores.
 */
export function volatilePaths(first: ReplayReport, second: ReplayReport): string[] {
  const again = new Map(second.items.map((i) => [i.recordedSeq, i]));
  const out = new Set<string>();
  for (const a of first.items) {
    const b = again.get(a.recordedSeq);
    if (!b || a.replayed === undefined || b.replayed === undefined) continue;
    for (const op of diffJson(normalizeVolatile(a.replayed), normalizeVolatile(b.replayed))) out.add(op.path);
  }
  return [...out];
}

/**
 * The first run's report with the learned paths taken out of its diffs (listed in each item's
 * `volatile` instead): a change only there is "same". An error that appeared or went away stays.
 */
export function withoutVolatile(r: ReplayReport, paths: readonly string[]): ReplayReport {
  if (!paths.length) return r;
  const matchers = paths.map(pathMatcher);
  const items = r.items.map((i) => {
    const hit = i.diff.filter((op) => matchers.some((m) => m(op.path)));
    if (!hit.length) return i;
    const diff = i.diff.filter((op) => !hit.includes(op));
    const status = i.status === "changed" && !diff.length ? ("same" as const) : i.status;
    return { ...i, status, diff, volatile: hit.map((op) => op.path) };
  });
  return { ...r, items, summary: summarizeReplay(items) };
}

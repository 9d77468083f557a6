import { diffJson, ignoresFor, normalizeVolatile } from "../../lib/session/json-diff";
import { summarizeReplay, type ReplayReport } from "../../lib/session/replay-result";
import { formatLearnedMask, requestTarget, type LearnedMask } from "../../lib/session/variation";

/**
 * What differed between two replays of the same server with nothing changed (issue 36 item 3's
 * learning pass): per request (its method and the tool, prompt or resource it named), the paths
 * whose values are volatile by nature of this server (a clock inside a base64 blob, a random
 * number). A mask is scoped to the request and the path where it was seen, never to every answer
 * (issue 64 point 2: `$.result.content[0].text` learned on a clock tool must not hide an echo tool's
 * change).
 */
export function volatileMasks(first: ReplayReport, second: ReplayReport): LearnedMask[] {
  const again = new Map(second.items.map((i) => [i.recordedSeq, i]));
  const out = new Map<string, LearnedMask>();
  for (const a of first.items) {
    const b = again.get(a.recordedSeq);
    if (!b || a.replayed === undefined || b.replayed === undefined) continue;
    const target = requestTarget(a.method, a.params);
    for (const op of diffJson(normalizeVolatile(a.replayed), normalizeVolatile(b.replayed))) {
      const mask: LearnedMask = { method: a.method, ...(target !== undefined ? { target } : {}), path: op.path };
      out.set(formatLearnedMask(mask), mask);
    }
  }
  return [...out.values()];
}

/** The learned masks as the recording's `ignore` keeps them: `tools/call roll $.result.structuredContent.value`. */
export function volatilePaths(first: ReplayReport, second: ReplayReport): string[] {
  return volatileMasks(first, second).map(formatLearnedMask);
}

/**
 * The first run's report with the learned masks taken out of its diffs (listed in each item's
 * `volatile` instead), each only on the request it was seen on: a change only there is "same".
 * An error that appeared or went away stays. Bare paths (written by hand) apply to every item.
 */
export function withoutVolatile(r: ReplayReport, paths: readonly string[]): ReplayReport {
  if (!paths.length) return r;
  const items = r.items.map((i) => {
    const matchers = ignoresFor(paths, i.method, i.params);
    const hit = i.diff.filter((op) => matchers.some((m) => m(op.path)));
    if (!hit.length) return i;
    const diff = i.diff.filter((op) => !hit.includes(op));
    const status = i.status === "changed" && !diff.length ? ("same" as const) : i.status;
    return { ...i, status, diff, volatile: hit.map((op) => op.path) };
  });
  return { ...r, items, summary: summarizeReplay(items) };
}

import { diffJson, normalizeVolatile, pathMatcher, withoutEnvelope, withoutProgressToken, type DiffOp } from "../../lib/session/json-diff";
import { maskApplies, parseLearnedMask } from "../../lib/session/variation";
import type { Exchange } from "./script";

/** A path left out of a comparison; given the request, a scoped one (`tools/call echo $.params…`) applies only to it. */
export type Ignore = Array<(path: string, method?: string, params?: unknown) => boolean>;

/**
 * The `--ignore` paths as matchers (`$.params.arguments.x` for requests, `$.result…` for client
 * answers); `METHOD TARGET $PATH` (as `replay --runs 2 --save-ignores` writes them) only on
 * requests of that method naming that tool, prompt or resource.
 */
export function ignoreMatchers(paths: readonly string[] = []): Ignore {
  return paths.map((p) => {
    const learned = parseLearnedMask(p);
    if (!learned) return pathMatcher(p);
    const at = pathMatcher(learned.path);
    return (path, method, params) => method !== undefined && maskApplies(learned, method, params) && at(path);
  });
}

/**
 * A request as the mock compares it: method and params with the volatile values replay also
 * leaves out (timestamps, ids in params, times in text). The progress token is dropped, not just
 * normalized: one client asks for progress and another does not, and the request is the same.
 * No params and empty params are the same request.
 */
export function requestShape(method: string, params: Record<string, unknown> | undefined): unknown {
  return normalizeVolatile({ method, params: withoutEnvelope(withoutProgressToken(params ?? {})) });
}

/** How a live request differs from a recorded one (after normalization and `--ignore`). */
export function differences(recorded: Exchange, method: string, params: Record<string, unknown> | undefined, ignore: Ignore): DiffOp[] {
  return diffJson(requestShape(recorded.method, recorded.params), requestShape(method, params)).filter(
    (op) => !ignore.some((m) => m(op.path, method, params)),
  );
}

/**
 * The recorded exchange a live request plays: the first recording that matches and this client
 * has not used yet, so repeated identical requests get the recorded answers in order; when all
 * are used, the last one again.
 */
export function findMatch(
  exchanges: readonly Exchange[],
  method: string,
  params: Record<string, unknown> | undefined,
  ignore: Ignore,
  used: ReadonlySet<number>,
  notification = false,
): Exchange | undefined {
  const matches = exchanges.filter(
    (x) => x.notification === notification && x.method === method && differences(x, method, params, ignore).length === 0,
  );
  return matches.find((x) => !used.has(x.seq)) ?? matches[matches.length - 1];
}

/**
 * The recorded request nearest to an unmatched one, for the error message: the same method,
 * then the fewest differing paths; a differing tool/prompt name or URI counts as far.
 */
export function closest(
  exchanges: readonly Exchange[],
  method: string,
  params: Record<string, unknown> | undefined,
  ignore: Ignore,
): { exchange: Exchange; diff: DiffOp[] } | undefined {
  let best: { exchange: Exchange; diff: DiffOp[]; score: number } | undefined;
  for (const x of exchanges) {
    if (x.notification || x.method !== method) continue;
    const diff = differences(x, method, params, ignore);
    const score = diff.length + (diff.some((op) => /^\$\.params\.(name|uri)$/.test(op.path)) ? 1000 : 0);
    if (!best || score < best.score) best = { exchange: x, diff, score };
  }
  return best && { exchange: best.exchange, diff: best.diff };
}

/** One difference in words: `$.params.arguments.message: recorded "hello", got "hi"`. */
export function describeOp(op: DiffOp): string {
  const v = (x: unknown) => {
    const s = JSON.stringify(x) ?? "undefined";
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  };
  if (op.op === "added") return `${op.path}: not in the recording, got ${v(op.after)}`;
  if (op.op === "removed") return `${op.path}: recorded ${v(op.before)}, missing here`;
  return `${op.path}: recorded ${v(op.before)}, got ${v(op.after)}`;
}

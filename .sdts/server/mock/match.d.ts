import { type DiffOp } from "../../lib/session/json-diff";
import type { Exchange } from "./script";
/** A path left out of a comparison; given the request, a scoped one (`tools/call echo $.params…`) applies only to it. */
export type Ignore = Array<(path: string, method?: string, params?: unknown) => boolean>;
/**
 * The `--ignore` paths as matchers (`$.params.arguments.x` for requests, `$.result…` for client
 * answers); `METHOD TARGET $PATH` (as `replay --runs 2 --save-ignores` writes them) only on
 * requests of that method naming that tool, prompt or resource.
 */
export declare function ignoreMatchers(paths?: readonly string[]): Ignore;
/**
 * A request as the mock compares it: method and params with the volatile values replay also
 * leaves out (timestamps, ids in params, times in text). The progress token is dropped, not just
 * normalized: one client asks for progress and another does not, and the request is the same.
 * No params and empty params are the same request.
 */
export declare function requestShape(method: string, params: Record<string, unknown> | undefined): unknown;
/** How a live request differs from a recorded one (after normalization and `--ignore`). */
export declare function differences(recorded: Exchange, method: string, params: Record<string, unknown> | undefined, ignore: Ignore): DiffOp[];
/**
 * The recorded exchange a live request plays: the first recording that matches and this client
 * has not used yet, so repeated identical requests get the recorded answers in order; when all
 * are used, the last one again.
 */
export declare function findMatch(exchanges: readonly Exchange[], method: string, params: Record<string, unknown> | undefined, ignore: Ignore, used: ReadonlySet<number>, notification?: boolean): Exchange | undefined;
/**
 * The recorded request nearest to an unmatched one, for the error message: the same method,
 * then the fewest differing paths; a differing tool/prompt name or URI counts as far.
 */
export declare function closest(exchanges: readonly Exchange[], method: string, params: Record<string, unknown> | undefined, ignore: Ignore): {
    exchange: Exchange;
    diff: DiffOp[];
} | undefined;
/** One difference in words: `$.params.arguments.message: recorded "hello", got "hi"`. */
export declare function describeOp(op: DiffOp): string;

import { type DiffOp } from "../session/json-diff";
export { DEFAULT_LATENCY_BOUND, ambientKinds, latencyComparable, changeLines, isRequestNotification, judgeLatency, judgeNotifications, latencyLimit, notificationSequence, requestAndResponse, requestNotifications, type LatencyBound, } from "../collections/regression-bounds";
import { type ListKind } from "./surface";
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
export declare function listKindOf(method: string): ListKind | undefined;
/**
 * The differences between a recorded result and the live one, judged. A listing (tools/list,
 * resources/list, resources/templates/list, prompts/list) is compared item by item by its id, in
 * any order: an item removed or an argument now required is breaking; an item added, another
 * order, a description or `_meta` changed, an optional argument added are compatible. In any other
 * result a `_meta` that appeared or changed is compatible; everything else that differs is breaking.
 * Both values are compared as given (mask what varies between runs first).
 */
export declare function judgeResult(method: string, recorded: unknown, live: unknown): JudgedChange[];
/** Whether a judged change fails the run. */
export declare function changeFails(c: JudgedChange, failOn?: FailOn): boolean;

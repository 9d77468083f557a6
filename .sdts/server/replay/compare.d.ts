import type { ReplayItem } from "../../lib/session/replay-result";
import { type FailOn, type LatencyBound } from "../../lib/surface/regression";
export type Outcome = {
    result: unknown;
} | {
    error: {
        code: number;
        message: string;
        data?: unknown;
    };
};
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
}
/**
 * Compare one recorded outcome with the replayed one. An `isError: true` tool result is an error
 * as much as a JSON-RPC error is (issue 36 item 8: a renamed argument came back `isError` while the
 * summary said "0 new error"): it counts as a new error, and its going away as fixed. Values that
 * change on every run (ids, timestamps, pids: normalizeVolatile) are masked and listed in `masked`.
 * A change is judged as `inspector diff` judges a surface (lib/surface/regression.ts): a
 * compatible one (another order, an added tool, a description, `_meta`) is listed in `compatible`
 * and the request stays `same`, unless `failOn` is `any`. A notification kind the recording has and
 * the live server no longer sends, or an answer slower than the latency bound, is `changed`.
 */
export declare function compareOutcome(base: {
    recordedSeq: number;
    method: string;
    params: unknown;
}, recorded: Outcome | undefined, replayed: Outcome | {
    none: string;
}, ignore: ReadonlyArray<(path: string) => boolean>, 
/** The live server speaks another era than the recording: era-only fields are not compared. */
eraNeutral?: boolean, judging?: Judging): ReplayItem;

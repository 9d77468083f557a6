import type { DiffOp } from "../../lib/session/json-diff";
import { type Exchange, type Script } from "./script";
/** What the mock did, across every client it served: the summary at the end is made from it. */
export declare class Tally {
    private readonly script;
    matched: number;
    readonly unmatched: Array<{
        label: string;
        code: number;
        message: string;
    }>;
    /** Client answers to played server requests that differ from the recorded ones. */
    readonly answerMismatches: Array<{
        seq: number;
        method: string;
        problem: string;
    }>;
    /** Recorded client messages some client's message played. */
    readonly used: Set<number>;
    /** Server messages that could not reach the client (Streamable HTTP without a stream open). */
    undelivered: number;
    ignoredNotifications: number;
    /** Things worth knowing that are not failures, each said once. */
    readonly notes: Set<string>;
    /** Requests not in the recording answered with the empty result the spec makes their only answer. */
    readonly answeredBySpec: Map<string, number>;
    constructor(script: Script);
    answerMismatch(seq: number, method: string, diff: DiffOp[] | string): void;
    /** Recorded requests no client asked for. */
    unused(): Exchange[];
    /** Failed under `--strict`: an unmatched request or a client answer unlike the recorded one. */
    failed(): boolean;
    /** The summary printed on stderr when the mock stops. */
    format(): string;
}

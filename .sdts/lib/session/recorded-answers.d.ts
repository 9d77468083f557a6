import type { Root } from "../answers/schema";
import type { SessionFile } from "./file";
type Reply = {
    result: Record<string, unknown>;
} | {
    error: {
        code: number;
        message: string;
        data?: unknown;
    };
};
/** A recorded answer picked for a live server request, and which recorded request it answered. */
export interface PickedAnswer {
    reply: Reply;
    requestSeq: number;
    /** True when the recorded request asked exactly this (same params); false when the nearest of its kind stood in. */
    exact: boolean;
}
/**
 * The client side of a recording as a state over time, for replay (issue 36 item 2): what the
 * roots were at a moment, and which recorded reply answers a server request. Never by position:
 * a server that asks later, earlier or in another order than it did when recording still gets
 * what the recording would have said then.
 *
 * A "moment" is the seq of the last recorded client message the replay has sent.
 */
export declare class RecordedAnswers {
    private readonly rootsChanges;
    private readonly rootsAnswers;
    private readonly others;
    private readonly used;
    /** Seqs of the recorded client's own requests and notifications (not its answers). */
    private readonly clientSends;
    constructor(session: Pick<SessionFile, "answers" | "entries">);
    /** Whether the recording ever answered roots/list (else replay leaves the roots alone). */
    get hasRoots(): boolean;
    /**
     * The roots in force at `moment`: the client tells the server of a change with
     * notifications/roots/list_changed, so the roots of a stretch between two of those are what
     * the client answered in that stretch, else what it answered last before it.
     */
    rootsAt(moment: number): Root[] | undefined;
    /**
     * Whether the recorded server asked roots/list after the client message at `seq` and before the
     * client's next one: then the replay waits for it too, so the next request meets the server with
     * the roots it had then (a tool that reads them would otherwise race the answer).
     */
    rootsAskedAfter(seq: number): boolean;
    /**
     * The recorded reply for a server request at `moment`: one to a recorded request that asked the
     * same (method and params, `_meta` aside) first, then the nearest of the same method; each
     * recorded reply is used once while others remain, and those at or after the moment come first.
     */
    answerFor(method: string, params: unknown, moment: number): PickedAnswer | undefined;
}
export {};

import type { Entry } from "../record/format";
import { type SharedTarget } from "../session/file";
import { type NotExercised } from "../session/replay-listing";
import type { Collection, Step } from "./schema";
/** A request as a step: the shorthands for tools/call, resources/read and prompts/get, any other method as written. */
export declare function stepFromRequest(method: string, params?: Record<string, unknown>, name?: string): Step;
/** A collection made from a recording, and the recorded result of each step that expects a snapshot (by step name). */
export interface FromRecord {
    collection: Collection;
    /** The result each snapshot step must match, as recorded (unmasked: the writer masks as snapshots are masked). */
    answers: Map<string, unknown>;
    /** What the recording does not exercise: a tool never called, a call whose arguments the server refused. */
    coverage: NotExercised[];
    /** A comment for a step (by index): why its verdict says little of the tool. */
    comments: Map<number, string>;
    /** The requests written as no step, and why: the recording's own client caused their answers (lib/session/left-out.ts). */
    leftOut: Array<{
        request: string;
        why: string;
    }>;
}
/**
 * A collection from a recording (`inspector test --from-session`): each request the client sent
 * a step, expecting what the recording saw (a snapshot of its result, or its error code; a tool
 * error as `isError: true` beside its snapshot), for the person to trim. The recorded results come
 * back beside it: they are the snapshots, so the first run is judged against the recording, not
 * against whatever the server answers that day. Requests the handshake makes, notifications and
 * unanswered ones are left out, and so are those whose answer the recording's client caused (a
 * cancelled request, check's deliberate misuse): `leftOut` says which and why.
 */
export declare function collectionFromRecord(entries: readonly Entry[], target?: SharedTarget, 
/** What the recording's client offered: a server may list more to a client that offers more. */
offered?: Partial<Record<"sampling" | "elicitationForm" | "roots", boolean>>): FromRecord;

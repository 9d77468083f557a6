import { Engine } from "../engine";
import { RecordStore } from "../record/store";
import { type SessionFile } from "../../lib/session/file";
import { type ReplayReport } from "../../lib/session/replay-result";
import { type Target } from "../../lib/target/target";
import type { Negotiated } from "../../lib/session/state";
import { type FailOn, type LatencyBound } from "../../lib/surface/regression";
export interface ReplayOptions {
    /** The target to run, with real env/header values (the session holds only their names). */
    target: Target;
    /** JSON paths left out of the comparison, e.g. `$.result.content[0].text`. */
    ignore?: readonly string[];
    requestTimeoutMs?: number;
    progress?: (line: string) => void;
    /** `any`: a change `diff` calls compatible fails too (default `breaking`: it is reported and passes). */
    failOn?: FailOn;
    /** How much slower than its recording an answer may be (default 10x and at least 1 s slower). */
    latency?: LatencyBound;
    /**
     * Replay into this engine and record (the page's live session, so the timeline shows the
     * reproduction and the person can go on from there). Without it, a private pair is used and closed.
     */
    live?: {
        engine: Engine;
        record: RecordStore;
    };
}
/** The page's Reproduce, for the bridge: replay into the live engine and record, resolve with the report. */
export declare function liveReplay(live: {
    engine: Engine;
    record: RecordStore;
}): (session: SessionFile, target: Target, ignore: readonly string[]) => Promise<ReplayReport>;
/**
 * Reproduce a recorded session: connect with the recorded capabilities, re-send the client's
 * requests and notifications in recorded order, answer the server's requests with the recorded
 * answers, and compare each new response with the recorded one. A request the recording cancelled
 * is not sent again (status `cancelled`); ids the server minted and the client echoed (a task id,
 * a cursor) are sent as the live server minted them. One implementation for the page's Reproduce
 * and for `inspector replay`.
 */
export declare function replaySession(session: SessionFile, opts: ReplayOptions): Promise<{
    report: ReplayReport;
    record: RecordStore;
    negotiated?: Negotiated;
}>;

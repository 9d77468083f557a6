import type { LoadEvent, LoadStart } from "../../lib/load/wire";
import type { NewEntry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
/** What a page's load run needs from the backend: the session's target, and a line in its record. */
export interface PageLoadDeps {
    state(): SessionState;
    note(entry: NewEntry): void;
}
/**
 * The page's load runs. A run opens a connection of its own to the session's target (a second
 * process of a stdio server, a second session of an HTTP one) on an engine whose record is a
 * LoadSink: its calls never reach the session's record or timeline, which get one note when the
 * run starts and one when it ends, saying so. One run at a time per backend.
 */
export declare class PageLoadRuns {
    private readonly deps;
    private current?;
    constructor(deps: PageLoadDeps);
    start(cmd: LoadStart, emit: (e: LoadEvent) => void): Promise<void>;
    /** Stop starting calls; the run ends with its report once its calls in flight have. */
    stop(runId: string): boolean;
}

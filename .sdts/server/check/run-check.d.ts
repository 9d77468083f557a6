import type { EngineOptions } from "../engine";
import type { RecordStore } from "../record/store";
import { type HeadlessSession } from "../headless/connect";
import { type CheckReport } from "./result";
import type { SessionState } from "../../lib/session/state";
export interface CheckOptions {
    callTools: boolean;
    /**
     * How long a tool call may go without an answer or progress (`--request-timeout`; default
     * CHECK_TIMEOUT_MS). A tool whose work takes longer is not hung: the person said how long it may take.
     */
    toolCallMs?: number;
    /** How the engine reaches the target (the test library's in-process servers). */
    engine?: EngineOptions;
    /** Progress lines (stderr on a terminal); silent in CI. */
    progress?: (line: string) => void;
}
export { CHECK_TIMEOUT_MS } from "./tool-call";
/**
 * `inspector check`: connect, list everything (twice, following pagination), probe what every
 * server must do, call the tools it may call, then lint the whole record.
 */
export declare function runCheck(session: HeadlessSession, opts: CheckOptions): Promise<{
    report: CheckReport;
    record: RecordStore;
    state: SessionState;
}>;

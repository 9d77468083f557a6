import type { DiffOp } from "../../../lib/session/json-diff";
import type { ReplayReport } from "../../../lib/session/replay-result";
/** The lines under a changed request: one per changed path, a changed text line by line. */
export declare function diffLines(diff: readonly DiffOp[], max?: number): string[];
/** The summary line: it counts exactly the labels the lines above show (issue 36 item 8). */
export declare function summaryLine(r: ReplayReport): string;
/** A readable diff: one line per request, the changed paths under it, what was masked, then the summary. */
export declare function formatReplay(r: ReplayReport): string;
/** JUnit XML for CI: one case per replayed request, the diff as the failure's text. */
export declare function replayJunit(r: ReplayReport, file: string): string;

import { type SessionFile } from "../../../lib/session/file";
import type { ReplayReport } from "../../../lib/session/replay-result";
/** What `--update` and `--save-ignores` did to the file's text. */
export interface Patched {
    /** The new text, or undefined when nothing differs (the file is left byte for byte as it is). */
    text?: string;
    /** Recorded responses replaced. */
    replaced: number;
    /** Changed requests the recording has no response entry for (left as they are). */
    skipped: number;
    redacted: number;
}
/**
 * `replay --update` (issue 36 item 5): replace only the recorded responses that came back changed,
 * in the file's own JSON, so everything else (createdAt, times, pids, the recorded clientInfo) stays
 * as written and a same replay changes nothing. The new responses pass the same redaction as every
 * file written; `ignore` (from `--runs 2 --save-ignores`) is merged into the file's list.
 */
export declare function patchSessionText(text: string, session: SessionFile, report: ReplayReport | undefined, secrets: Record<string, string>, ignore?: readonly string[]): Patched;

import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
/**
 * The sessions that had ended on the page when its hub left (its own among them), handed to the
 * tap that takes the page over (issue 71 part 9): the page kept an ended session readable as long
 * as it lived, and the page lives on under its heir. Written by the leaving hub into the hub folder
 * (this user's alone, 0700) as a file of its own (0600), only when a tap is there to take it over,
 * and taken (read, then removed at once) by the heir during its election, under the folder's lock.
 */
export declare const ENDED_FILE = "ended.jsonl";
export interface EndedSession {
    key: string;
    server: string;
    pid: number;
    state: SessionState;
    /** Where the session's record started (its earlier entries were evicted, with a `dropped` entry that says so). */
    firstSeq: number;
    entries: Entry[];
}
/** One line a session, whole or not at all: a new file renamed over any old one. */
export declare function writeEndedFile(dir: string, sessions: readonly EndedSession[]): void;
/**
 * The ended sessions the last hub left, and the file gone. None when there is no file, or one that
 * is not this user's alone (never read); a line that is not a session is skipped.
 */
export declare function takeEndedFile(dir: string): EndedSession[];

/**
 * The tap's own writes: the session file, its journal and the temporary file it is written to,
 * and the page's `tap-session-*.json`. In a watched folder they must restart nothing: a page's Save
 * (or the journal, written as the host's traffic is recorded) restarted the server under the host,
 * and failed the host's initialize when it was pending (issue 71).
 */
export declare function tapOwnFile(saveSession: string | undefined): (file: string) => boolean;
/** True for a path below `root` inside one of IGNORED_DIRS. */
export declare function ignoredBelow(root: string, file: string): boolean;

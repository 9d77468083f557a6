export { ignoredBelow, tapOwnFile } from "./watch-ignore";
/** The watchers of one tap; closing them ends the watch (and a restart still waiting to settle). */
export interface Watching {
    close(): Promise<void>;
}
/**
 * `--watch PATH…`: `changed` (the path that changed, as the watch names it: the file, or the file
 * inside the folder) once a change has settled; a path that cannot be watched is said, not fatal;
 * the tap's own files (tapOwnFile of `saveSession`) are never a reason to restart.
 * Shared by the stdio and HTTP taps.
 *
 * chokidar rather than fs.watch: an editor that saves by writing a temporary file and renaming it
 * over the original (vim, JetBrains' safe write, `sed -i`, `git checkout`) replaces the inode, and
 * Node 20's fs.watch keeps watching the old one, silent for good after the first save (issue 71).
 * chokidar runs in a worker thread (watch-worker.ts) that posts only the path that changed: its
 * load (about 8 ms), its scans (a folder that gains 3,000 entries: thousands of calls and their
 * callbacks) and its events are the worker's, and the host's traffic never waits on them (on the
 * forwarding thread they held it 60–200 ms above idle). The settling stays here, with the restart.
 */
export declare function startWatching(paths: readonly string[], changed: (file: string) => void, say: (t: string) => void, saveSession?: string): Watching;

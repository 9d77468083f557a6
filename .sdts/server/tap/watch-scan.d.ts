/** What to watch: the paths given to --watch, and the session file (the tap's own files restart nothing). */
export interface WatchRequest {
    paths: readonly string[];
    saveSession?: string;
}
/**
 * chokidar on `paths`, each event's path to `changed` (unsettled: the caller waits for quiet), a
 * path that cannot be watched said, not fatal. Runs in the watch's worker thread (watch-worker.ts),
 * or in the caller's when there is no built worker (the sources under test). Returns a close.
 */
export declare function watchPaths(req: WatchRequest, changed: (file: string) => void, say: (text: string) => void): Promise<() => Promise<void>>;

/**
 * The watch's worker thread (dist/watch-worker.mjs, started by watch-paths.ts for --watch):
 * chokidar loads, scans and watches here, off the thread that forwards the host's traffic. Out:
 * `{ changed }` (the path that changed, as chokidar names it) and `{ say }` lines; nothing in.
 */
export type FromWatchWorker = {
    changed: string;
} | {
    say: string;
};

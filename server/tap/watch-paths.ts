import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { FromWatchWorker } from "./watch-worker";
import type { WatchRequest } from "./watch-scan";
import { watchBaseline, type WatchBaseline } from "./watch-baseline";
import { visible } from "../../lib/text/visible";

export { ignoredBelow, tapOwnFile } from "./watch-ignore";

/** Quiet time after a watched file changes before the restart (an editor's save is several events). */
const WATCH_SETTLE_MS = 200;

/** The watchers of one tap; closing them ends the watch (and a restart still waiting to settle). */
export interface Watching {
  close(): Promise<void>;
}

/**
 * The built watch worker beside this module's bundle (dist/watch-worker.mjs; this module is in
 * dist/inspector.mjs or dist/chunks/*.mjs), or undefined when running from the sources (vitest).
 */
function workerUrl(): URL | undefined {
  for (const rel of ["./watch-worker.mjs", "../watch-worker.mjs"]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === "file:" && existsSync(url)) return url;
  }
  return undefined;
}

/**
 * `--watch PATH…`: `changed` (the path that changed, as the watch names it: the file, or the file
 * inside the folder) once a change has settled; a path that cannot be watched is said, not fatal;
 * the tap's own files (tapOwnFile of `saveSession`) are never a reason to restart. A path that
 * differs from `baseline` (taken when the tap started) once the watch is ready counts as changed.
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
export function startWatching(
  paths: readonly string[],
  changed: (file: string) => void,
  say: (t: string) => void,
  saveSession?: string,
  baseline: WatchBaseline = watchBaseline(paths),
): Watching {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: string | undefined;
  let more = 0;
  const settle = () => {
    const file = first!;
    const others = more;
    first = undefined;
    more = 0;
    // The name reaches the terminal (the tap's "restarting the server (… changed)" line): escaped, as a server's words are (issue 88).
    changed(others ? `${visible(file)} (and ${others} more)` : visible(file));
  };
  const event = (file: string) => {
    clearTimeout(timer);
    if (first === undefined) first = file;
    else if (file !== first) more++;
    timer = setTimeout(settle, WATCH_SETTLE_MS);
  };
  if (paths.length === 0) return { close: async () => undefined };
  const req: WatchRequest = { paths, baseline, ...(saveSession === undefined ? {} : { saveSession }) };
  const url = workerUrl();
  if (!url) {
    // The sources under test: no built worker, chokidar in this thread (loaded only for --watch).
    const closing = import("./watch-scan").then((m) => m.watchPaths(req, event, say));
    return {
      async close() {
        clearTimeout(timer);
        await (
          await closing
        )();
      },
    };
  }
  // No node flags of the process (as the OpenTelemetry worker: some stopped a worker starting);
  // unref'd: the watch never keeps the tap alive.
  const worker = new Worker(url, { workerData: req, execArgv: [] });
  worker.unref();
  worker.on("message", (m: FromWatchWorker) => ("changed" in m ? event(m.changed) : say(m.say)));
  worker.on("error", (e) => say(`cannot watch: ${e.message}`));
  return {
    async close() {
      clearTimeout(timer);
      await worker.terminate();
    },
  };
}

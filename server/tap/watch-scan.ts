import { statSync } from "node:fs";
import path from "node:path";
import { visible } from "../../lib/text/visible";
import { ignoredBelow, tapOwnFile } from "./watch-ignore";
import { othersMayWrite } from "../own-file";
import { signatureOf, type WatchBaseline } from "./watch-baseline";

/** What to watch: the paths given to --watch, and the session file (the tap's own files restart nothing). */
export interface WatchRequest {
  paths: readonly string[];
  saveSession?: string;
  /** Each path as it was when the tap started (watch-baseline.ts): a change before the watch was ready is a change. */
  baseline?: WatchBaseline;
}

/**
 * chokidar on `paths`, each event's path to `changed` (unsettled: the caller waits for quiet), a
 * path that cannot be watched said, not fatal. Runs in the watch's worker thread (watch-worker.ts),
 * or in the caller's when there is no built worker (the sources under test). Returns a close.
 */
export async function watchPaths(
  req: WatchRequest,
  changed: (file: string) => void,
  say: (text: string) => void,
): Promise<() => Promise<void>> {
  const { watch } = await import("chokidar");
  const own = tapOwnFile(req.saveSession);
  const watchers = req.paths.map((p) => {
    if (!statSync(p, { throwIfNoEntry: false })) say(`cannot watch ${visible(p)} yet: there is no such file or folder (watching for it)`);
    const root = path.resolve(p);
    // In a folder another account can write (issue 88), a path that is not there yet may become
    // that account's link to anywhere: links there are not followed.
    const followSymlinks = !othersMayWrite(path.dirname(root));
    const w = watch(p, {
      ignoreInitial: true,
      atomic: true,
      followSymlinks,
      ignored: (file: string) => ignoredBelow(root, file) || own(file),
    });
    // Not following, chokidar 4 tells an `add` for every link it meets in its first scan (the
    // watched path itself, or one inside it), ignoreInitial or not: what was there at the start
    // is no change, and a link another account left there must not restart the server at once.
    let ready = false;
    w.on("ready", () => {
      ready = true;
      if (req.baseline && p in req.baseline && signatureOf(p) !== req.baseline[p]) changed(p);
    });
    w.on("all", (event, file: string) => {
      if (ready || event !== "add") changed(file);
    });
    w.on("error", (e) => say(`cannot watch ${visible(p)}: ${(e as Error).message}`));
    return w;
  });
  return async () => void (await Promise.all(watchers.map((w) => w.close())));
}

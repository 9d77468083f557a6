import { statSync } from "node:fs";
import path from "node:path";
import type { FSWatcher } from "chokidar";
import { visible } from "../../lib/text/visible";

/** Quiet time after a watched file changes before the restart (an editor's save is several events). */
const WATCH_SETTLE_MS = 200;
/**
 * Folders under a watched folder whose changes restart nothing: packages and git's own store
 * change by the thousand (an install, a checkout) and are no server's source. A path given to
 * --watch inside one is watched all the same.
 */
const IGNORED_DIRS = new Set(["node_modules", ".git"]);

/** The watchers of one tap; closing them ends the watch (and a restart still waiting to settle). */
export interface Watching {
  close(): Promise<void>;
}

/**
 * The tap's own writes: the session file, its journal and the temporary file it is written to,
 * and the page's `tap-session-*.json`. In a watched folder they must restart nothing: a page's Save
 * (or the journal, written as the host's traffic is recorded) restarted the server under the host,
 * and failed the host's initialize when it was pending (issue 71).
 */
export function tapOwnFile(saveSession: string | undefined): (file: string) => boolean {
  const own = saveSession === undefined ? undefined : path.resolve(saveSession);
  return (file) => {
    const f = path.resolve(file);
    const base = path.basename(f);
    if (/^\.?tap-session-.*\.json/.test(base)) return true;
    if (own === undefined || path.dirname(f) !== path.dirname(own)) return false;
    const b = path.basename(own);
    return base === b || base === `${b}.journal` || (base.startsWith(`.${b}.`) && base.endsWith(".tmp"));
  };
}

/** True for a path below `root` inside one of IGNORED_DIRS. */
export function ignoredBelow(root: string, file: string): boolean {
  const rel = path.relative(root, path.resolve(file));
  return rel.split(path.sep).some((s) => IGNORED_DIRS.has(s));
}

/**
 * `--watch PATH…`: `changed` (the path that changed, as the watch names it: the file, or the file
 * inside the folder) once a change has settled; a path that cannot be watched is said, not fatal;
 * `own` names the tap's own files (tapOwnFile), never a reason to restart.
 * Shared by the stdio and HTTP taps.
 *
 * chokidar rather than fs.watch: an editor that saves by writing a temporary file and renaming it
 * over the original (vim, JetBrains' safe write, `sed -i`, `git checkout`) replaces the inode, and
 * Node 20's fs.watch keeps watching the old one, silent for good after the first save (issue 71);
 * its recursive mode on Linux also scans a folder synchronously, on the loop that forwards (a
 * folder that gained 3,000 entries held the host's traffic 35 s). chokidar re-watches a replaced
 * file and scans with asynchronous calls, between the forwarding's own.
 */
export function startWatching(
  paths: readonly string[],
  changed: (file: string) => void,
  say: (t: string) => void,
  own: (file: string) => boolean = () => false,
): Watching {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: string | undefined;
  let more = 0;
  const settle = () => {
    const file = first!;
    const others = more;
    first = undefined;
    more = 0;
    changed(others ? `${file} (and ${others} more)` : file);
  };
  if (paths.length === 0) return { close: async () => undefined };
  // Loaded only for --watch (about 8 ms and 50 KB of bundle a tap without it does not pay), off the
  // forwarding path: the tap forwards while the watcher loads and scans.
  const watchers: Promise<FSWatcher[]> = import("chokidar").then(({ watch }) =>
    paths.map((p) => {
      if (!statSync(p, { throwIfNoEntry: false })) say(`cannot watch ${visible(p)} yet: there is no such file or folder (watching for it)`);
      const root = path.resolve(p);
      const w = watch(p, { ignoreInitial: true, atomic: true, ignored: (file: string) => ignoredBelow(root, file) || own(file) });
      w.on("all", (_event, file: string) => {
        clearTimeout(timer);
        if (first === undefined) first = file;
        else if (file !== first) more++;
        timer = setTimeout(settle, WATCH_SETTLE_MS);
      });
      w.on("error", (e) => say(`cannot watch ${visible(p)}: ${(e as Error).message}`));
      return w;
    }),
  );
  return {
    async close() {
      clearTimeout(timer);
      await Promise.all((await watchers).map((w) => w.close()));
    },
  };
}

import path from "node:path";

/**
 * Folders under a watched folder whose changes restart nothing: packages and git's own store
 * change by the thousand (an install, a checkout) and are no server's source. A path given to
 * --watch inside one is watched all the same.
 */
const IGNORED_DIRS = new Set(["node_modules", ".git"]);

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

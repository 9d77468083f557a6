import { lstatSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * The person's own runtime folder (issue 75): $XDG_RUNTIME_DIR/mcp-inspector-harness (the
 * runtime folder is theirs alone, and goes at logout), else the temporary folder's
 * mcp-inspector-harness-UID. The hub file and the coding agent's token file live there, never
 * loose in the shared temporary folder.
 */
export function runtimeDirPath(env: NodeJS.ProcessEnv = process.env): string {
  const runtime = env.XDG_RUNTIME_DIR;
  if (runtime && path.isAbsolute(runtime)) return path.join(runtime, "mcp-inspector-harness");
  const who = process.getuid?.() ?? os.userInfo().username.replace(/[^\w.-]/g, "_");
  return path.join(os.tmpdir(), `mcp-inspector-harness-${who}`);
}

/** Why a file or folder is not to be trusted (not ours, open to others), or undefined. */
export function untrusted(st: { uid: number; mode: number }, what: string): string | undefined {
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) return `${what} belongs to another user (uid ${st.uid})`;
  if (process.platform !== "win32" && (st.mode & 0o077) !== 0)
    return `${what} is open to other users (mode ${(st.mode & 0o777).toString(8)})`;
  return undefined;
}

/** Make the folder (0700) or check the one there; throws in words when it is not this user's alone (another's, open, a link). */
export function ensureOwnDir(dir: string): string {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  const st = lstatSync(dir);
  if (!st.isDirectory()) throw new Error(`${dir} is not a folder (a link or a file)`);
  const why = untrusted(st, dir);
  if (why) throw new Error(why);
  return dir;
}

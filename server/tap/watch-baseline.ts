import { statSync } from "node:fs";

/**
 * What each `--watch` path was when the tap started: its inode, size and modification time, or
 * null when it was not there. The watch itself (chokidar, in a worker) is ready only once its first
 * scan ends, up to seconds later on a busy machine or behind the stdio tap's deferred load, and a
 * change made meanwhile is part of what it scans, not an event (`ignoreInitial`): compared with
 * this when the watch is ready, such a change still restarts the server. A folder counts only as
 * there or not: its own time moves with every name added in it, the tap's own session file and
 * journal among them, which must restart nothing; what changes inside it is the watch's, once ready.
 * Kept free of imports beyond node:fs: the stdio tap takes it before its spawn (dist/tap.mjs).
 */
export type WatchBaseline = Record<string, string | null>;

export function watchBaseline(paths: readonly string[]): WatchBaseline {
  return Object.fromEntries(paths.map((p) => [p, signatureOf(p)]));
}

/** A file's inode, size and modification time as one string; "folder" for a folder; null when it is not there. */
export function signatureOf(p: string): string | null {
  const s = statSync(p, { throwIfNoEntry: false, bigint: true });
  return !s ? null : s.isDirectory() ? "folder" : `${s.ino}:${s.size}:${s.mtimeNs}`;
}

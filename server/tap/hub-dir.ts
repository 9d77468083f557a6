import { lstatSync, mkdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureOwnDir, runtimeDirPath, untrusted } from "../runtime-dir";

/**
 * Where the taps of one user find their hub (issue 65): a folder of this user's alone, and in it
 * the hub file (the hub's pid, its page's port and token, and the secret a joining tap proves
 * itself with). Another user can read neither; a file or folder that is not ours, or open to
 * others, is never trusted.
 */

export const HUB_FILE = "hub.json";
const LOCK_DIR = "hub.lock";
/** A lock older than this was left by a tap that died during its election: taken over. */
const STALE_LOCK_MS = 5_000;

export interface HubFile {
  version: 1;
  pid: number;
  port: number;
  /** The page's token: a hub that takes over keeps it, so an open page reconnects. */
  token: string;
  /** What a joining tap sends to be let in. */
  secret: string;
}

/** The per-user folder: the person's runtime folder (server/runtime-dir.ts). */
export const hubDirPath = runtimeDirPath;

/** Make the folder (0700) or check the one there; throws in words when it is not this user's alone. */
export const ensureHubDir = ensureOwnDir;

/** The hub file: absent, one to use, or one to replace (and why). */
export type HubFileRead = { file?: undefined; bad?: undefined } | { file: HubFile; bad?: undefined } | { file?: undefined; bad: string };

export function readHubFile(dir: string): HubFileRead {
  const p = path.join(dir, HUB_FILE);
  let st;
  try {
    st = lstatSync(p);
  } catch {
    return {};
  }
  if (!st.isFile()) return { bad: `${p} is not a file` };
  const why = untrusted(st, p);
  if (why) return { bad: why };
  try {
    const j = JSON.parse(readFileSync(p, "utf8")) as Partial<HubFile>;
    const ok =
      j.version === 1 &&
      Number.isInteger(j.pid) &&
      (j.pid as number) > 0 &&
      Number.isInteger(j.port) &&
      (j.port as number) > 0 &&
      (j.port as number) < 65536 &&
      typeof j.token === "string" &&
      j.token.length >= 16 &&
      typeof j.secret === "string" &&
      j.secret.length >= 16;
    return ok ? { file: j as HubFile } : { bad: `${p} is not a hub file` };
  } catch {
    return { bad: `${p} is not JSON` };
  }
}

/** Write the hub file (0600) whole or not at all: a new file renamed over the old one. */
export function writeHubFile(dir: string, file: HubFile): void {
  const tmp = path.join(dir, `${HUB_FILE}.${process.pid}.tmp`);
  try {
    unlinkSync(tmp);
  } catch {
    // none left over
  }
  writeFileSync(tmp, JSON.stringify(file), { mode: 0o600, flag: "wx" });
  renameSync(tmp, path.join(dir, HUB_FILE));
}

/** Remove the hub file if it still names this process (a hub that leaves; one that took over keeps its own). */
export function removeHubFile(dir: string, pid = process.pid): void {
  const read = readHubFile(dir);
  if (read.file?.pid !== pid) return;
  try {
    unlinkSync(path.join(dir, HUB_FILE));
  } catch {
    // gone already
  }
}

/** The process runs and is this user's (kill 0: EPERM is another user's process, a pid reused). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Run `fn` holding the folder's election lock (a folder made with mkdir: made by one process only).
 * Only the election holds it (read the hub file, listen, write it): a few milliseconds. Undefined
 * when it could not be had within `waitMs`.
 */
export async function withHubLock<T>(dir: string, fn: () => Promise<T>, waitMs = 10_000): Promise<{ value: T } | undefined> {
  const lock = path.join(dir, LOCK_DIR);
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(lock, { mode: 0o700 });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmdirSync(lock);
      } catch {
        // released meanwhile
      }
      if (Date.now() > until) return undefined;
      await sleep(20 + Math.random() * 30);
    }
  }
  try {
    return { value: await fn() };
  } finally {
    try {
      rmdirSync(lock);
    } catch {
      // taken as stale by another: nothing to release
    }
  }
}

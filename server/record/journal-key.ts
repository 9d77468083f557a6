import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { closeSync, linkSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createOwnFile, openOwnFile, readFdBounded, writeAll } from "../own-file";
import { ensureOwnDir } from "../runtime-dir";

/**
 * The person's journal key (issue 88): a secret in a folder of their own that binds a journal to
 * the session FILE it was made for. A journal is read back only when its header's MAC, made with
 * this key over FILE's absolute path and the journal's own random nonce, checks: a journal another
 * account wrote (it cannot read the key), or one made for another FILE and moved beside this one,
 * is left alone. Kept where it outlives a login and a reboot (a tap killed before a reboot leaves
 * a journal the next day's `replay` makes whole): $XDG_STATE_HOME, else ~/.local/state.
 */
export function journalKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  const state = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(os.homedir(), ".local", "state");
  return path.join(state, "mcp-inspector-harness", "journal.key");
}

let cached: { file: string; key: Buffer } | undefined;

/** The key, made (0600, in a 0700 folder of the person's own) the first time. Throws when the folder or file is not theirs alone. */
export function journalKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const file = journalKeyFile(env);
  if (cached?.file === file) return cached.key;
  mkdirSync(path.dirname(path.dirname(file)), { recursive: true, mode: 0o700 });
  ensureOwnDir(path.dirname(file));
  let key: Buffer = randomBytes(32);
  // Written whole under a name of its own, then linked to its place (a link fails when the name
  // is taken): two first runs at once never read each other's half-written key.
  const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  const fd = createOwnFile(temp);
  try {
    writeAll(fd, key.toString("hex"));
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const text = readFdBounded(openOwnFile(file), 1024, `${file} is too long for a key`).trim();
    if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`${file} holds no key (it was changed)`);
    key = Buffer.from(text, "hex");
  } finally {
    rmSync(temp, { force: true });
  }
  cached = { file, key };
  return key;
}

/** The MAC a journal's header carries for session FILE (its absolute path) and the journal's nonce. */
export function journalMac(key: Buffer, file: string, nonce: string): string {
  return createHmac("sha256", key)
    .update(`mcp-inspector-harness journal 1\0${path.resolve(file)}\0${nonce}`)
    .digest("hex");
}

/** True when `mac` is the one this key makes for FILE and the nonce. */
export function journalMacMatches(key: Buffer, file: string, nonce: unknown, mac: unknown): boolean {
  if (typeof nonce !== "string" || typeof mac !== "string" || !/^[0-9a-f]{64}$/.test(mac)) return false;
  return timingSafeEqual(Buffer.from(journalMac(key, file, nonce), "hex"), Buffer.from(mac, "hex"));
}

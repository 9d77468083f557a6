import { randomBytes } from "node:crypto";
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from "node:fs";
import path from "node:path";
import { visible } from "../lib/text/visible";

/**
 * The one writer of every file the inspector makes (issue 88, convention 32): session files,
 * journals, reports, page files. In a folder another account can write (the temporary folder, a
 * team's share) a name may already be a link or a file that account planted: a link would have
 * the person's file overwritten through it, a planted file (kept open, mode 0666) would hand that
 * account the contents. So a file is made under a fresh name with no-follow and exclusive flags,
 * mode 0600 from the start, then renamed over the name; a name that is a link or another's file
 * there is refused, in words that name the file and why. Reading back (a journal) takes only a
 * file of the person's own that no one else may write (openOwnFile).
 */

/** Refused: the name is not ours to write or read. `code` tells it from the system's errors. */
export class NotOurFile extends Error {
  readonly code = "ENOTOURS";
}

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const ownUid = () => process.getuid?.();

/**
 * Why another account may put names in `dir`, or undefined: it is writable by group or others
 * (the sticky temporary folder included), or it belongs to another account than ours or root.
 */
export function othersMayWrite(dir: string): string | undefined {
  if (process.platform === "win32") return undefined;
  let st: Stats;
  try {
    st = statSync(dir);
  } catch {
    return undefined;
  }
  const uid = ownUid();
  if (uid !== undefined && st.uid !== uid && st.uid !== 0) return `its folder belongs to another account (uid ${st.uid})`;
  if ((st.mode & 0o022) !== 0) return `its folder is writable by other accounts (mode ${(st.mode & 0o7777).toString(8)})`;
  return undefined;
}

const refuse = (file: string, why: string) => new NotOurFile(`${visible(file)} ${why}`);

/**
 * What is already at the name: refused (a link, or another's file, in a folder others can write),
 * `through` (a device or a pipe the person names, /dev/stdout), or nothing to say (absent, or ours
 * to replace: a link of the person's own folder is replaced, not written through).
 */
function existing(file: string): { refused?: NotOurFile; through?: boolean } {
  let st: Stats;
  try {
    st = lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw e;
  }
  const shared = othersMayWrite(path.dirname(path.resolve(file)));
  if (st.isSymbolicLink()) {
    if (shared)
      return { refused: refuse(file, `is a link (${shared}: another account may have put it there): not written through, nor replaced`) };
    // The person's own link (their folder) is replaced; one to a device or a pipe (/dev/stdout) is written through.
    let target: Stats | undefined;
    try {
      target = statSync(file);
    } catch {
      // A link to nothing: replaced.
    }
    return target && !target.isFile() && !target.isDirectory() ? { through: true } : {};
  }
  if (!st.isFile()) {
    if (shared) return { refused: refuse(file, `is not a plain file (${shared}: another account may have made it)`) };
    return { through: true };
  }
  const uid = ownUid();
  if (shared && uid !== undefined && st.uid !== uid)
    return { refused: refuse(file, `belongs to another account (uid ${st.uid}) in a folder others can write: not replaced`) };
  return {};
}

/** Text gathered up to this many characters before each write. */
const WRITE_CHUNK = 1 << 20;

export interface OwnFileOptions {
  /** The file's mode: 0o600 (the person's alone) unless asked. */
  mode?: number;
  /** Make the folder when it is missing (the default); false: a missing folder is the caller's error. */
  makeFolder?: boolean;
}

/**
 * Write `text` (or its chunks) to `file` whole or not at all: a new file beside it under a name no
 * one can guess (exclusive, no-follow, the mode from the start), renamed over `file`. A process
 * killed mid-write leaves the file as it was, never cut short; a link or another account's file at
 * the name in a folder others can write is refused (NotOurFile); the folder is made when missing.
 * A device or a pipe the person names (/dev/stdout) is written through.
 */
export function writeOwnFile(file: string, text: string | Uint8Array | Iterable<string>, o: OwnFileOptions = {}): void {
  const chunks: Iterable<string | Uint8Array> = typeof text === "string" || text instanceof Uint8Array ? [text] : text;
  const mode = o.mode ?? 0o600;
  const name = file;
  const found = existing(name);
  if (found.refused) throw found.refused;
  if (found.through) return writeThrough(name, chunks);
  if (o.makeFolder !== false) mkdirSync(path.dirname(path.resolve(name)), { recursive: true });
  const temp = path.join(path.dirname(name), `.${path.basename(name)}.${randomBytes(6).toString("hex")}.tmp`);
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, mode);
  try {
    // The umask may have narrowed the mode: set exactly.
    fchmodSync(fd, mode);
    writeChunks(fd, chunks);
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(temp, name);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

function writeThrough(file: string, chunks: Iterable<string | Uint8Array>): void {
  const fd = openSync(file, constants.O_WRONLY);
  try {
    writeChunks(fd, chunks);
  } finally {
    closeSync(fd);
  }
}

function writeChunks(fd: number, chunks: Iterable<string | Uint8Array>): void {
  let pending = "";
  for (const chunk of chunks) {
    if (chunk instanceof Uint8Array) {
      // Bytes as they are (an image --cli writes raw): what text was gathered goes first.
      writeAll(fd, pending);
      pending = "";
      for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
      continue;
    }
    pending += chunk;
    if (pending.length >= WRITE_CHUNK) {
      writeAll(fd, pending);
      pending = "";
    }
  }
  writeAll(fd, pending);
}

/** A write may take part of what it is given: the rest is written after it. */
export function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}

/**
 * A new file at `file` to append to (a journal): exclusive and no-follow, so nothing already at
 * the name (a link, a planted file) is opened; mode 0600 from the start. Throws EEXIST (the
 * system's error) when the name is taken, NotOurFile when what is there is a link or another's.
 */
export function createOwnFile(file: string, mode = 0o600): number {
  const found = existing(file);
  if (found.refused) throw found.refused;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, mode);
  fchmodSync(fd, mode);
  return fd;
}

/**
 * A file the inspector made, opened to read back only when it is the person's own: no link, a
 * plain file, their uid, writable by no one else. Anything else throws NotOurFile saying why.
 */
export function openOwnFile(file: string): number {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | O_NOFOLLOW);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ELOOP") throw refuse(file, "is a link: not read");
    throw e;
  }
  const st = fstatSync(fd);
  const uid = ownUid();
  const why = !st.isFile()
    ? "is not a plain file"
    : uid !== undefined && st.uid !== uid
      ? `belongs to another account (uid ${st.uid})`
      : process.platform !== "win32" && (st.mode & 0o022) !== 0
        ? `is writable by other accounts (mode ${(st.mode & 0o777).toString(8)})`
        : undefined;
  if (why) {
    closeSync(fd);
    throw refuse(file, `${why}: not read`);
  }
  return fd;
}

/** An open file's text, bounded: the one bounded reader (read-bounded.ts). */
export { readFdBounded } from "./read-bounded";

import { randomBytes } from "node:crypto";
import { closeSync, fchmodSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import type { Entry } from "../../lib/record/format";
import { buildSession, sessionText } from "../../lib/session/file";
import { redactSession } from "../../lib/session/redact";
import type { SessionState } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import type { Verdict } from "../../lib/session/verdicts";
import { VERSION } from "../paths";

/** What a session file is written from: the target (its env and header values are the secrets to take out), the state, the record. */
export interface SessionSnapshot {
  target: Target;
  state: SessionState;
  entries: Entry[];
  /** What the run that made the record judged (test steps, check probes, replayed requests): written as the file's `verdicts`. */
  verdicts?: readonly Verdict[];
}

export interface SessionFileOptions {
  /** More values to take out, beyond the secrets the redaction finds by itself (env and header values, tokens). */
  redact?: readonly string[];
  /** The file's mode (0o600: the person's alone); an existing file's own mode when not given, else the default (umask). */
  mode?: number;
  /** The directory the recording was made in, when not this process's (a journal made whole later). */
  recordedFrom?: string;
}

/**
 * Write a session file as the page's export does: the env and header values, tokens and key-like
 * strings taken out (lib/session/redact.ts), so a recording can be kept as a CI artifact or
 * attached to a bug. The folder is made when missing; the file is written whole or not at all
 * (writeWhole). Shared by the test library's saveSession, the headless commands' --save-session
 * and the tap's.
 */
export function writeSessionFile(file: string, s: SessionSnapshot, o: SessionFileOptions = {}): void {
  const built = buildSession({
    inspectorVersion: VERSION,
    // Paths inside the directory the run was made in are stored relative to it, so CI replays them in its own checkout.
    recordedFrom: o.recordedFrom ?? process.cwd(),
    target: s.target,
    capabilities: s.state.capabilities ?? {
      sampling: false,
      elicitationForm: false,
      elicitationUrl: false,
      roots: false,
      tasks: false,
      apps: false,
    },
    negotiated: s.state.negotiated,
    verdicts: s.verdicts,
    entries: s.entries,
  });
  const secrets = s.target.transport === "stdio" ? s.target.env : s.target.headers;
  const { session } = redactSession(built, { secrets, extra: o.redact ?? [] });
  mkdirSync(path.dirname(file), { recursive: true });
  writeWhole(file, sessionText(session), o.mode);
}

/** Text gathered up to this many characters before each write. */
const WRITE_CHUNK = 1 << 20;

/**
 * Write the chunks to a new file beside `file` under a name no one can guess, then rename it over
 * `file`: a process killed mid-write leaves the file as it was (or absent), never cut short, and a
 * link put at `file` is replaced, not written through. The file gets `mode`, or the mode of the
 * file it replaces.
 */
function writeWhole(file: string, chunks: Iterable<string>, mode?: number): void {
  let keep = mode;
  if (keep === undefined) {
    try {
      keep = statSync(file).mode & 0o777;
    } catch {
      // A new file: the default mode.
    }
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const fd = openSync(temp, "wx", keep ?? 0o666);
  try {
    // Made with the mode (the umask may narrow it): set exactly when one is asked or kept.
    if (keep !== undefined) fchmodSync(fd, keep);
    let pending = "";
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= WRITE_CHUNK) {
        writeAll(fd, pending);
        pending = "";
      }
    }
    writeAll(fd, pending);
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** A write may take part of what it is given: the rest is written after it. */
export function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}

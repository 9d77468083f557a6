import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
import { visible } from "../../../lib/text/visible";
import type { FlagGroup } from "../flag-spec";
import { UsageError, readFailure } from "../usage-error";

// The flag and its checks only: the command line loads this with every command, so the writing
// (the session file's zod schemas) is in save-run-session.ts, loaded with a command's run (issue 49).

/** `--save-session FILE` and `--html FILE` of the headless commands (--cli, check, test, --cli --load). */
export interface SaveSessionArgs {
  saveSession?: string;
  /** The run's record as a page file: one HTML file that opens from disk with nothing running. */
  html?: string;
}

export const SAVE_SESSION_FLAGS: FlagGroup<SaveSessionArgs> = {
  title: "Recording",
  flags: [
    {
      names: ["--save-session"],
      value: "FILE",
      help: "also write the run's record as a session file (.mcp-session.json, redacted as the page's export: env and header values, tokens), whether the run passes or fails; the folder is made when missing, a path that cannot be written is a usage error before connecting",
      set: (a, v) => (a.saveSession = v),
    },
    {
      names: ["--html"],
      value: "FILE",
      help: "also write the run's record as a page file (.html, redacted as the session file): it opens from disk in any browser with nothing running and loads nothing from the network; whether the run passes or fails",
      set: (a, v) => (a.html = v),
    },
  ],
};

/** Parse-time check: a path was given. */
export function validateSaveSession(a: SaveSessionArgs): void {
  if (a.saveSession !== undefined && !a.saveSession.trim()) throw new UsageError("--save-session needs a file path");
  if (a.html !== undefined && !a.html.trim()) throw new UsageError("--html needs a file path");
}

/**
 * Before connecting: the file can be written where it is asked (it is not a folder, and the
 * nearest folder that exists above it is one we may write in), so a run is never made only to
 * lose its record at the end. Missing folders are made when the file is written.
 */
export function checkSaveSessionPath(file: string, flag = "--save-session"): void {
  const abs = path.resolve(file);
  const here = statOf(abs);
  if (here?.isDirectory()) throw new UsageError(`${flag}: ${visible(file)} is a folder; give a file path`);
  if (here) return writable(abs, file, flag);
  let dir = path.dirname(abs);
  for (let d = statOf(dir); !d; d = statOf(dir)) {
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  if (!statOf(dir)?.isDirectory()) throw new UsageError(`${flag}: ${visible(dir)} is not a folder`);
  writable(dir, file, flag);
}

function statOf(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function writable(p: string, file: string, flag: string): void {
  try {
    accessSync(p, constants.W_OK);
  } catch (e) {
    throw new UsageError(`${flag}: cannot write ${visible(file)}: ${readFailure(e)}`);
  }
}

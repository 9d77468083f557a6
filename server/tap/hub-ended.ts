import { lstatSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import { objectOr } from "../../lib/json/shape";
import { untrusted } from "../runtime-dir";

/**
 * The sessions that had ended on the page when its hub left (its own among them), handed to the
 * tap that takes the page over (issue 71 part 9): the page kept an ended session readable as long
 * as it lived, and the page lives on under its heir. Written by the leaving hub into the hub folder
 * (this user's alone, 0700) as a file of its own (0600), only when a tap is there to take it over,
 * and taken (read, then removed at once) by the heir during its election, under the folder's lock.
 */
export const ENDED_FILE = "ended.jsonl";

export interface EndedSession {
  key: string;
  server: string;
  pid: number;
  state: SessionState;
  /** Where the session's record started (its earlier entries were evicted, with a `dropped` entry that says so). */
  firstSeq: number;
  entries: Entry[];
}

/** One line a session, whole or not at all: a new file renamed over any old one. */
export function writeEndedFile(dir: string, sessions: readonly EndedSession[]): void {
  if (!sessions.length) return;
  const tmp = path.join(dir, `${ENDED_FILE}.${process.pid}.tmp`);
  try {
    unlinkSync(tmp);
  } catch {
    // none left over
  }
  writeFileSync(tmp, sessions.map((s) => `${JSON.stringify(s)}\n`).join(""), { mode: 0o600, flag: "wx" });
  renameSync(tmp, path.join(dir, ENDED_FILE));
}

/**
 * The ended sessions the last hub left, and the file gone. None when there is no file, or one that
 * is not this user's alone (never read); a line that is not a session is skipped.
 */
export function takeEndedFile(dir: string): EndedSession[] {
  const p = path.join(dir, ENDED_FILE);
  let text: string;
  try {
    const st = lstatSync(p);
    text = st.isFile() && !untrusted(st, p) ? readFileSync(p, "utf8") : "";
  } catch {
    return [];
  }
  try {
    unlinkSync(p);
  } catch {
    // taken already
  }
  return text.split("\n").flatMap((line) => {
    const s = endedSession(line);
    return s ? [s] : [];
  });
}

function endedSession(line: string): EndedSession | undefined {
  let o: Record<string, unknown> | undefined;
  try {
    o = objectOr(JSON.parse(line));
  } catch {
    return undefined;
  }
  if (!o || typeof o.key !== "string" || typeof o.server !== "string" || !Number.isInteger(o.pid) || !Number.isInteger(o.firstSeq))
    return undefined;
  if (typeof objectOr(o.state)?.status !== "string" || !Array.isArray(o.entries)) return undefined;
  // Shape and order only, as a joined tap's entries (hub-join.ts): the page checks each entry it gets.
  const entries = o.entries as Entry[];
  if (!entries.every((e) => Number.isInteger(objectOr(e)?.seq) && typeof objectOr(e)?.kind === "string")) return undefined;
  return o as unknown as EndedSession;
}

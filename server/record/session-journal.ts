import { closeSync, existsSync, fchmodSync, mkdirSync, openSync, rmSync } from "node:fs";
import path from "node:path";
import type { Entry } from "../../lib/record/format";
import { MAX_SESSION_FILE_BYTES } from "../../lib/session/file";
import { redactionMarker } from "../../lib/session/secret-digest";
import { SecretForms } from "../../lib/session/secret-forms";
import type { Target } from "../../lib/target/target";
import { VERSION } from "../paths";
import { readTextFileBounded } from "../read-bounded";
import { initializeIn, hostState } from "./host-state";
import { writeAll, writeSessionFile } from "./session-file";

/** The journal of a session file: beside it, one entry a line after a header. */
export const journalPath = (file: string) => `${file}.journal`;
const JOURNAL = "mcp-inspector-harness session journal";
const JOURNAL_VERSION = 1;
/** A journal is read up to this much: a record over its memory bound may hold more than a session file. */
const MAX_JOURNAL_BYTES = 4 * MAX_SESSION_FILE_BYTES;

interface JournalHeader {
  journal: typeof JOURNAL;
  version: number;
  inspectorVersion: string;
  recordedFrom: string;
  /** The writing process: a journal whose process still runs is its live session, not left behind. */
  pid: number;
  target: Target;
}

/**
 * A session kept as it happens (issue 71): each entry the record takes is appended to FILE.journal
 * at the end of the turn that recorded it (one write a turn), so a process killed at any moment
 * (a host's SIGTERM then SIGKILL 11 ms later) leaves every entry recorded before it. The session
 * file is still written whole at the end, and the journal then removed; a journal left behind is
 * made whole by recoverJournal. The person's alone (0600, as the session file); the values given
 * as secrets are replaced as they are written, in every form (SecretForms), and the session made
 * from it is redacted as every session file is.
 */
export class SessionJournal {
  readonly path: string;
  private fd: number | undefined;
  private pending: string[] = [];
  private scheduled = false;
  private readonly forms: SecretForms;
  private readonly markers: string[];

  constructor(
    file: string,
    target: Target,
    secrets: readonly string[],
    private readonly failed: (message: string) => void,
  ) {
    this.path = journalPath(file);
    this.forms = new SecretForms(secrets);
    this.markers = secrets.map((s) => redactionMarker("a value of the host's environment", s, undefined));
    mkdirSync(path.dirname(this.path), { recursive: true });
    this.fd = openSync(this.path, "w", 0o600);
    fchmodSync(this.fd, 0o600);
    const header: JournalHeader = {
      journal: JOURNAL,
      version: JOURNAL_VERSION,
      inspectorVersion: VERSION,
      recordedFrom: process.cwd(),
      pid: process.pid,
      target,
    };
    this.put(JSON.stringify(header) + "\n");
  }

  /** An entry the record took: written once the current turn ends (a turn records many). */
  add(entry: Entry): void {
    if (this.fd === undefined) return;
    this.pending.push(JSON.stringify(entry));
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(this.write);
  }

  /** What is pending, written now. */
  readonly write = (): void => {
    this.scheduled = false;
    if (!this.pending.length) return;
    const text = this.pending.join("\n") + "\n";
    this.pending = [];
    this.put(this.forms.replace(text, (i) => this.markers[i]).text);
  };

  /** The session file was written whole: the journal is no longer needed. */
  done(): void {
    this.close();
    rmSync(this.path, { force: true });
  }

  /** Stop writing; the journal stays (the session file could not be written: the journal is the recording). */
  close(): void {
    this.write();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private put(text: string): void {
    if (this.fd === undefined) return;
    try {
      writeAll(this.fd, text);
    } catch (e) {
      closeSync(this.fd);
      this.fd = undefined;
      this.failed(`the session's journal ${this.path} stopped: ${(e as Error).message}`);
    }
  }
}

/**
 * A journal left beside `file` (its process was killed before it wrote the session) made whole:
 * the session file written from it (a cut last line left out), the journal removed. Returns how
 * many entries it held, or undefined when there was none (or its tap still runs: the session is
 * live, and the file holds its last save). Throws when it cannot be read.
 */
export function recoverJournal(file: string): number | undefined {
  const journal = journalPath(file);
  if (!existsSync(journal)) return undefined;
  const lines = readTextFileBounded(journal, MAX_JOURNAL_BYTES, "a session journal").split("\n");
  const header = JSON.parse(lines[0]) as JournalHeader;
  if (header.journal !== JOURNAL || header.version !== JOURNAL_VERSION)
    throw new Error(`${journal} is no session journal this version reads`);
  if (header.pid !== process.pid && alive(header.pid)) return undefined;
  const entries: Entry[] = [];
  for (const line of lines.slice(1)) {
    if (!line) continue;
    try {
      entries.push(JSON.parse(line) as Entry);
    } catch {
      break;
    }
  }
  const { params, result } = initializeIn(entries);
  writeSessionFile(
    file,
    { target: header.target, state: hostState(params, result, header.target), entries },
    { mode: 0o600, recordedFrom: header.recordedFrom },
  );
  rmSync(journal, { force: true });
  return entries.length;
}

/** True while a process of that id runs (a tap still writing its journal). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

import type { Entry } from "../../lib/record/format";
import { buildSession, type SessionFile } from "../../lib/session/file";
import { redactSession } from "../../lib/session/redact";
import type { SessionState } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import type { Verdict } from "../../lib/session/verdicts";
import { VERSION } from "../paths";
import { writeAll, writeOwnFile } from "../own-file";
import { fitSession } from "./session-fit";

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
  /** The file's mode: 0o600 (the person's alone) unless asked. */
  mode?: number;
  /** The directory the recording was made in, when not this process's (a journal made whole later). */
  recordedFrom?: string;
  /** The file's text from the redacted session: the JSON by default, a page file's HTML (session-page.ts). */
  render?: (session: SessionFile) => Iterable<string>;
}

/**
 * Write a session file as the page's export does: the env and header values, tokens and key-like
 * strings taken out (lib/session/redact.ts), so a recording can be kept as a CI artifact or
 * attached to a bug. Written by the one writer (server/own-file.ts writeOwnFile): the folder made
 * when missing, the file whole or not at all, 0600 from the start, a link or another account's
 * file at the name in a shared folder refused. Shared by the test library's saveSession, the
 * headless commands' --save-session and the tap's. Returns what was cut or dropped to keep the
 * file within the size every reader opens (session-fit.ts), or undefined when it was written whole.
 */
export function writeSessionFile(file: string, s: SessionSnapshot, o: SessionFileOptions = {}): string | undefined {
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
  if (o.render) {
    writeOwnFile(file, o.render(session), { mode: o.mode });
    return undefined;
  }
  // What is written is read back by the same bound (session-fit.ts): past it, bodies are cut and the note says so.
  const fitted = fitSession(session);
  writeOwnFile(file, fitted.pieces, { mode: o.mode });
  return fitted.note;
}

/** A write may take part of what it is given: the rest is written after it (server/own-file.ts). */
export { writeAll };

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Entry } from "../../lib/record/format";
import { buildSession } from "../../lib/session/file";
import { redactSession } from "../../lib/session/redact";
import type { SessionState } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import { VERSION } from "../paths";

/** What a session file is written from: the target (its env and header values are the secrets to take out), the state, the record. */
export interface SessionSnapshot {
  target: Target;
  state: SessionState;
  entries: Entry[];
}

export interface SessionFileOptions {
  /** More values to take out, beyond the secrets the redaction finds by itself (env and header values, tokens). */
  redact?: readonly string[];
}

/**
 * Write a session file as the page's export does: the env and header values, tokens and key-like
 * strings taken out (lib/session/redact.ts), so a recording can be kept as a CI artifact or
 * attached to a bug. The folder is made when missing. Shared by the test library's saveSession and
 * the headless commands' --save-session.
 */
export function writeSessionFile(file: string, s: SessionSnapshot, o: SessionFileOptions = {}): void {
  const built = buildSession({
    inspectorVersion: VERSION,
    // Paths inside the directory the run was made in are stored relative to it, so CI replays them in its own checkout.
    recordedFrom: process.cwd(),
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
    entries: s.entries,
  });
  const secrets = s.target.transport === "stdio" ? s.target.env : s.target.headers;
  const { session } = redactSession(built, { secrets, extra: o.redact ?? [] });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(session, null, 2) + "\n");
}

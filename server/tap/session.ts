import { defaultEnvironment } from "../engine/spawn-target";
import { writeSessionFile } from "../record/session-file";
import { journalPath, journalState, SessionJournal } from "../record/session-journal";
import { visible } from "../../lib/text/visible";
import type { RecordStore } from "../record/store";
import { hostState } from "../record/host-state";
import type { SessionState } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import type { TapRecorder } from "./recorder";
import { hostValueSecret } from "../../lib/session/secret-env";

/**
 * The values of the environment the host gave the tap that are secrets, taken out of a saved
 * session wherever they appear: the server got that environment whole (a host puts its tokens
 * there), so any of it may show up in what the server says. A value is one when its name, its
 * form or its randomness says so (lib/session/secret-env.ts), not for its length: a host's
 * ordinary words (Copilot CLI's `GIT_CONFIG_VALUE_0=explicit`) stay as the wire said them. The
 * variables every process has (PATH, HOME, USER…) are left alone.
 */
export function hostSecrets(env: NodeJS.ProcessEnv, target: Target): string[] {
  // `_` is the shell's last command (often the server's own path): no secret, and the command line is the recording's.
  const common = new Set([...Object.keys(defaultEnvironment(env)), "_"]);
  const words = new Set(target.transport === "stdio" ? [target.command, ...target.args] : [target.url]);
  return Object.entries(env).flatMap(([k, v]) => (v !== undefined && !common.has(k) && !words.has(v) && hostValueSecret(k, v) ? [v] : []));
}

/** FILE with `-N` before its extension (`s.mcp-session.json` → `s-2.mcp-session.json`). */
export function numbered(file: string, n: number): string {
  const m = /(\.mcp-session\.json|\.json)$/i.exec(file);
  return m ? `${file.slice(0, -m[1].length)}-${n}${m[1]}` : `${file}-${n}`;
}

/**
 * The file this tap's session goes to (issue 90 item 5): FILE, unless a tap that still runs keeps
 * its journal there, or the journal's name is not ours to use (a link, another account's file):
 * then the first FILE-N free of both, and `say` names it, so two taps of one entry (a host that
 * starts its server twice) each keep their session instead of the last overwriting the first. A
 * journal a killed tap left is made whole into FILE when this one starts (session-journal.ts).
 */
export function claimSessionFile(file: string, say: (text: string) => void): string {
  for (let n = 1; n <= 100; n++) {
    const candidate = n === 1 ? file : numbered(file, n);
    const state = journalState(candidate);
    if (state === "live" || state === "taken") continue;
    if (n > 1) say(`${visible(journalPath(file))} is another tap's (or not ours to write): this session goes to ${visible(candidate)}`);
    return candidate;
  }
  return file;
}

/** The host's session as the session file states it: the host's initialize and the server's answer. */
export function tapState(recorder: TapRecorder, target: Target): SessionState {
  return hostState(recorder.hostInitialize?.params, recorder.serverInitialize, target);
}

/** The tap's page file (`--html`): the session file's writer and redaction, the viewer's HTML; a failure is said, never thrown. */
export async function saveTapPage(
  file: string,
  record: RecordStore,
  recorder: TapRecorder,
  target: Target,
  env: NodeJS.ProcessEnv,
  say: (text: string) => void,
): Promise<void> {
  recorder.flush();
  try {
    const { writeSessionPage } = await import("../record/session-page");
    writeSessionPage(
      file,
      { target, state: tapState(recorder, target), entries: record.since(0) },
      { redact: hostSecrets(env, target), mode: 0o600 },
    );
    say(`page saved to ${visible(file)}`);
  } catch (e) {
    say(`cannot save the page to ${visible(file)}: ${(e as Error).message}`);
  }
}

/** Write the tap's session file (redacted as every session file is, plus the host's environment values). */
export function saveTapSession(file: string, record: RecordStore, recorder: TapRecorder, target: Target, env: NodeJS.ProcessEnv): void {
  recorder.flush();
  // The person's alone (0600, as the agent's save_session), an existing file's mode too (red-team
  // 7: it was 0644). Written beside the file and renamed over it: a host that kills the tap
  // mid-write leaves the last whole file, never a cut one.
  writeSessionFile(
    file,
    { target, state: tapState(recorder, target), entries: record.since(0) },
    { redact: hostSecrets(env, target), mode: 0o600 },
  );
}

/**
 * The journal of `--save-session FILE` (server/record/session-journal.ts): every entry the record
 * takes from now on, on disk by the end of its turn; undefined (said) when it cannot be opened.
 */
export function startJournal(
  file: string,
  record: RecordStore,
  target: Target,
  env: NodeJS.ProcessEnv,
  say: (text: string) => void,
  recorder?: TapRecorder,
): SessionJournal | undefined {
  try {
    const journal = new SessionJournal(file, target, hostSecrets(env, target), say);
    record.subscribe((e) => journal.add(e));
    // A stdio tap's frames are journalled raw as they are forwarded, before they are recorded.
    if (recorder) {
      recorder.raw = journal.frame;
      journal.recorded = () => ({ ...recorder.linesRecorded });
    }
    return journal;
  } catch (e) {
    say(`cannot keep the session as it happens (${(e as Error).message}): it is written when the host disconnects`);
    return undefined;
  }
}

import { defaultEnvironment } from "../engine/spawn-target";
import { writeSessionFile } from "../record/session-file";
import { SessionJournal } from "../record/session-journal";
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

/** The host's session as the session file states it: the host's initialize and the server's answer. */
export function tapState(recorder: TapRecorder, target: Target): SessionState {
  return hostState(recorder.hostInitialize?.params, recorder.serverInitialize, target);
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

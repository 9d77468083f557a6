import { SessionJournal } from "../record/session-journal";
import type { RecordStore } from "../record/store";
import type { SessionState } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import type { TapRecorder } from "./recorder";
/**
 * The values of the environment the host gave the tap, taken out of a saved session as secrets:
 * the server got that environment whole (a host puts its tokens there), so any of it may show up
 * in what the server says. The variables every process has (PATH, HOME, USER…) are left alone.
 */
export declare function hostSecrets(env: NodeJS.ProcessEnv, target: Target): string[];
/** The host's session as the session file states it: the host's initialize and the server's answer. */
export declare function tapState(recorder: TapRecorder, target: Target): SessionState;
/** Write the tap's session file (redacted as every session file is, plus the host's environment values). */
export declare function saveTapSession(file: string, record: RecordStore, recorder: TapRecorder, target: Target, env: NodeJS.ProcessEnv): void;
/**
 * The journal of `--save-session FILE` (server/record/session-journal.ts): every entry the record
 * takes from now on, on disk by the end of its turn; undefined (said) when it cannot be opened.
 */
export declare function startJournal(file: string, record: RecordStore, target: Target, env: NodeJS.ProcessEnv, say: (text: string) => void, recorder?: TapRecorder): SessionJournal | undefined;

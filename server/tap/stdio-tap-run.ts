import type { Readable, Writable } from "node:stream";
import type { RecordStore } from "../record/store";
import type { TapRecorder } from "./recorder";
import type { RestartOutcome } from "./restart-outcome";
import type { StdioTap } from "./stdio-tap";
import type { TapPage } from "./page";
import type { TapPageRequest } from "./open-page";

/**
 * What a stdio tap is asked to run, and what a running one offers: apart, so that run-stdio.ts and
 * after-spawn.ts (which run-stdio.ts loads after the spawn) name them without importing each other.
 */
export interface StdioTapRun {
  command: string;
  args: string[];
  cwd?: string;
  /** The environment the host gave the tap: the server gets it whole (the documented exception to the launcher's allow-list). */
  env: NodeJS.ProcessEnv;
  saveSession?: string;
  /** --html FILE: the session as a page file too, when the host disconnects. */
  html?: string;
  /** Files or folders whose change restarts the server under the host. */
  watch: string[];
  /** How long a restarted server gets to answer the host's initialize (`--restart-timeout MS`; default 10 s). */
  restartTimeoutMs?: number;
  /** The host's pipes (process.stdin, stdout, stderr; tests hand their own). */
  host?: { input: Readable; output: Writable; log: Writable };
  /** The record's bound on memory, in bytes. */
  recordMaxBytes?: number;
  /** Tells the caller how to restart (tests, the page); receives the running tap. */
  onStarted?(tap: RunningStdioTap): void;
  /** The live page (--port; 0: any free one); absent: no page (--no-page, and tests that do not look). */
  page?: TapPageRequest;
  /**
   * Spawn the server before the rest of the tap loads, and load it once the host has its first
   * answer (the command line's tap: a host waits on it). Otherwise (in-process callers, tests) the
   * rest loads first, as the tap starts: `onStarted` is called as soon as the server is spawned.
   */
  spawnFirst?: boolean;
}

export interface RunningStdioTap {
  tap: StdioTap;
  /** The live page, once it is up (undefined with no page, or while it starts). */
  page?: TapPage;
  record: RecordStore;
  recorder: TapRecorder;
  restart(why: string): Promise<RestartOutcome>;
}

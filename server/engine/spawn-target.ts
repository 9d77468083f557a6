import { spawn, type ChildProcess } from "node:child_process";
import { PassThrough, type Readable } from "node:stream";
import { watchGroup } from "./group-reaper";
import type { StdioTarget } from "../../lib/target/target";

// Starting a stdio target, kept free of the SDK: the launcher starts the target from here
// while the engine's half of the backend is still loading, so the two overlap.

export interface StdioLaunch {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
}

/** The launch of a stdio target: what the launcher starts early and the transport must match. */
export function stdioLaunch(target: Pick<StdioTarget, "command" | "args" | "cwd"> & { env?: Record<string, string> }): StdioLaunch {
  return { command: target.command, args: target.args, env: target.env ?? {}, cwd: target.cwd };
}

export interface ExitInfo {
  code: number | null;
  signal: string | null;
}

/** What a target inherits from the inspector's environment unless its own env says otherwise. */
const INHERITED =
  process.platform === "win32"
    ? [
        "APPDATA",
        "COMSPEC",
        "HOMEDRIVE",
        "HOMEPATH",
        "LOCALAPPDATA",
        "PATH",
        "PATHEXT",
        "PROCESSOR_ARCHITECTURE",
        "PROGRAMDATA",
        "PROGRAMFILES",
        "PROGRAMFILES(X86)",
        "PROGRAMW6432",
        "SYSTEMDRIVE",
        "SYSTEMROOT",
        "TEMP",
        "USERNAME",
        "USERPROFILE",
        "WINDIR",
      ]
    : ["HOME", "LOGNAME", "PATH", "SHELL", "TERM", "USER"];

/**
 * The SDK's getDefaultEnvironment (@modelcontextprotocol/client/stdio), written out: importing
 * it loads the SDK's schemas. test/spawn-target.test.ts keeps the two equal. A value starting
 * with "()" (an exported shell function) is left out, as the SDK does.
 */
export function defaultEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of INHERITED) {
    const value = env[key];
    if (value !== undefined && !value.startsWith("()")) out[key] = value;
  }
  return out;
}

/** Spawn a target: piped stdio, in its own process group (closing ends its children too). */
export function spawnTarget(launch: StdioLaunch): ChildProcess {
  return spawn(launch.command, launch.args, {
    env: { ...defaultEnvironment(), ...launch.env } as NodeJS.ProcessEnv,
    cwd: launch.cwd,
    stdio: ["pipe", "pipe", "pipe"],
    detached: process.platform !== "win32",
    windowsHide: true,
  });
}

/** An early target as a transport takes it over. */
export interface Adopted {
  child: ChildProcess;
  /** The child's output, kept from its start: read these, not child.stdout/stderr. */
  stdout: Readable;
  stderr: Readable;
  reaper?: { stop(): void };
  started: boolean;
  error?: Error;
  exit?: ExitInfo;
}

const sameLaunch = (a: StdioLaunch, b: StdioLaunch) =>
  a.command === b.command &&
  a.cwd === b.cwd &&
  JSON.stringify(a.args) === JSON.stringify(b.args) &&
  JSON.stringify(Object.entries(a.env).sort()) === JSON.stringify(Object.entries(b.env).sort());

/**
 * A target started before the engine could take it: nothing reads its output yet (it waits in
 * the pipes), and what happens to the process meanwhile (started, failed to start, exited) is
 * kept for the transport that adopts it. Never adopted, it is killed with its group.
 */
export class EarlyTarget {
  private child?: ChildProcess;
  private stdout = new PassThrough();
  private stderr = new PassThrough();
  private reaper?: { stop(): void };
  private adopted = false;
  started = false;
  error?: Error;
  exit?: ExitInfo;

  /**
   * `reaper: "when-asked"`: the reaper (a /bin/sh spawned from this process: a fork, synchronous)
   * starts at `watch()` instead of at once; the launcher asks right before it prints its URL, so
   * the fork is not on the way to its listeners (issue 63) and a kill -9 that follows the URL never
   * finds the target unwatched. A target adopted meanwhile gets its reaper from its transport.
   */
  constructor(
    readonly launch: StdioLaunch,
    opts: { reaper?: "at-start" | "when-asked" } = {},
  ) {
    const child = spawnTarget(launch);
    this.child = child;
    // Node resumes (and so discards) a child's unread output when it exits: a target that fails
    // before the engine comes would lose the stderr that says why. Piped, it waits here.
    child.stdout!.pipe(this.stdout);
    child.stderr!.pipe(this.stderr);
    child.once("spawn", () => {
      this.started = true;
      // Ends the group if this process dies (kill -9 included) before anything adopts it.
      if (opts.reaper !== "when-asked") this.watch();
    });
    child.once("error", (e) => (this.error = e));
    child.once("exit", (code, signal) => (this.exit = { code, signal }));
    // Nothing is written before adoption; a target that exits must not make an unheard EPIPE fatal.
    child.stdin?.on("error", () => undefined);
  }

  /**
   * Start the reaper now, before this returns: from here on, this process dying (kill -9 included)
   * ends the target's group. Nothing to do once adopted (the transport watches it), exited, or
   * never started.
   */
  watch(): void {
    const pid = this.child?.pid;
    if (process.platform === "win32" || this.reaper || this.adopted || this.exit || this.error || pid === undefined) return;
    this.reaper = watchGroup(pid);
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The process, its reaper and what happened to it so far, once, for a transport launching exactly this; undefined otherwise. */
  adopt(launch: StdioLaunch): Adopted | undefined {
    if (this.adopted || !this.child || !sameLaunch(launch, this.launch)) return undefined;
    this.adopted = true;
    return {
      child: this.child,
      stdout: this.stdout,
      stderr: this.stderr,
      reaper: this.reaper,
      started: this.started,
      error: this.error,
      exit: this.exit,
    };
  }

  /** Kill the process group unless a transport adopted it (then the transport owns it). */
  discard(): void {
    if (this.adopted || !this.child) return;
    this.adopted = true;
    const pid = this.child.pid;
    if (pid !== undefined && !this.exit) {
      try {
        process.kill(process.platform === "win32" ? pid : -pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    this.reaper?.stop();
  }
}

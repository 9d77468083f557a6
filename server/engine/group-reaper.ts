import { spawn, type ChildProcess } from "node:child_process";

/**
 * Ends the targets' process groups when the inspector dies however it dies, kill -9 included,
 * which no handler in this process can catch. One tiny shell per inspector process, in a process
 * group of its own, reads the groups to watch from a pipe (`+PGID` to watch one, `-PGID` when its
 * target was stopped normally); when every write end of that pipe closes (this process is gone), it
 * sends each group still watched SIGTERM, then SIGKILL. POSIX only (on Windows there are no process
 * groups to end this way).
 *
 * One shell for all targets, not one per target: a shell per target cost a fork per start (a fork's
 * cost grows with this process's memory: 5 ms of CPU at 1.5 GB, measured in bench/README), and the
 * shell's `cat`, left reading the pipe when the shell was killed at a normal stop, stayed until this
 * process exited: one more process for every target ever started.
 */
// dash (Debian's /bin/sh): `read` and parameter expansion only, so watching and forgetting a group
// start no process. No "--" before a group: dash's kill takes it for a pid and fails.
const SCRIPT = [
  'w=" "',
  "while read -r op g; do",
  '  case "$op" in',
  '    +) w="$w$g " ;;',
  '    -) case "$w" in *" $g "*) w="${w%% $g *} ${w#* $g }" ;; esac ;;',
  "  esac",
  "done",
  'case "$w" in " ") exit 0 ;; esac',
  'for g in $w; do kill -TERM "-$g" 2>/dev/null; done',
  "sleep 2",
  'for g in $w; do kill -KILL "-$g" 2>/dev/null; done',
].join("\n");

/**
 * The reaper's whole environment: it runs `read`, `kill` and `sleep` and needs nothing of ours (the
 * launch token, MCP_CLIENT_SECRET, MCP_ACCESS_TOKEN would sit in its /proc/PID/environ for as long as
 * the inspector runs).
 */
export const REAPER_ENV: NodeJS.ProcessEnv = { PATH: "/usr/bin:/bin" };

/** This process's reaper, started at the first group watched; undefined again if it ends. */
let reaper: ChildProcess | undefined;

function theReaper(): ChildProcess | undefined {
  if (reaper && reaper.exitCode === null && reaper.signalCode === null && reaper.stdin?.writable) return reaper;
  try {
    const started = spawn("/bin/sh", ["-c", SCRIPT], { stdio: ["pipe", "ignore", "ignore"], detached: true, env: REAPER_ENV });
    started.on("error", () => undefined);
    started.stdin?.on("error", () => undefined);
    started.once("exit", () => {
      if (reaper === started) reaper = undefined;
    });
    // Neither keeps this process alive: the reaper runs on its own, for the case this one died.
    started.unref();
    (started.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    reaper = started;
  } catch {
    reaper = undefined;
  }
  return reaper;
}

/** Watch `pgid`; `pid` is the reaper's own (shared by every group this process watches). */
export function watchGroup(pgid: number): { stop(): void; pid?: number } {
  if (process.platform === "win32") return { stop: () => undefined };
  const watcher = theReaper();
  // A pipe write this small goes to the kernel at once (no queue before it): a kill -9 of this
  // process right after this returns still finds the group watched.
  watcher?.stdin?.write(`+ ${pgid}\n`);
  let stopped = false;
  return {
    pid: watcher?.pid,
    stop() {
      if (stopped) return;
      stopped = true;
      // The target was stopped normally: its group id may be reused later by someone else's group.
      if (watcher && watcher === reaper) watcher.stdin?.write(`- ${pgid}\n`);
    },
  };
}

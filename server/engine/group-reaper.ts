import { spawn, type ChildProcess } from "node:child_process";

/**
 * Ends a target's process group when the inspector dies however it dies, kill -9 included,
 * which no handler in this process can catch. A tiny shell in its own process group holds the
 * read end of a pipe from this process; when every write end closes (this process is gone), it
 * sends the group SIGTERM, then SIGKILL. Stopped when the target is stopped normally. POSIX only
 * (on Windows there are no process groups to end this way).
 */
// No "--" before the group: dash's kill (Debian's /bin/sh) takes it for a pid and fails.
const SCRIPT = 'cat >/dev/null; kill -TERM "-$0" 2>/dev/null; sleep 2; kill -KILL "-$0" 2>/dev/null';

/**
 * The reaper's whole environment: it runs `cat`, `kill` and `sleep` and needs nothing of ours (the
 * launch token, MCP_CLIENT_SECRET, MCP_ACCESS_TOKEN would sit in its /proc/PID/environ for as long as
 * the target runs).
 */
export const REAPER_ENV: NodeJS.ProcessEnv = { PATH: "/usr/bin:/bin" };

/** Watch `pgid`; `pid` is the reaper's own, when it started. */
export function watchGroup(pgid: number): { stop(): void; pid?: number } {
  if (process.platform === "win32") return { stop: () => undefined };
  let reaper: ChildProcess | undefined;
  try {
    reaper = spawn("/bin/sh", ["-c", SCRIPT, String(pgid)], { stdio: ["pipe", "ignore", "ignore"], detached: true, env: REAPER_ENV });
    reaper.on("error", () => undefined);
    reaper.stdin?.on("error", () => undefined);
    // Neither keeps this process alive: the reaper runs on its own, for the case this one died.
    reaper.unref();
    (reaper.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  } catch {
    reaper = undefined;
  }
  return {
    pid: reaper?.pid,
    stop() {
      if (!reaper || reaper.exitCode !== null) return;
      // Killing the reaper is enough; closing its pipe would make it signal a group already gone.
      try {
        reaper.kill("SIGKILL");
      } catch {
        // Already gone.
      }
    },
  };
}

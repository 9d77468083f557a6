import type { ChildProcess } from "node:child_process";
import type { ExitInfo } from "./spawn-target";

/** How long what a target left in its group gets to end after SIGTERM. */
const ORPHAN_GRACE_MS = 2000;

/**
 * A spawned target's process group (spawnTarget starts it detached, in a group of its own) and
 * the reaper watching it: stopping closes stdin, gives the target a moment, then SIGTERM and
 * SIGKILL to the whole group. Shared by the engine's stdio transport and the tap, which spawn a
 * server the same way and must leave nothing running behind it.
 */
export class ProcessGroup {
  private exit?: ExitInfo;
  private exitWaiters: Array<() => void> = [];

  constructor(
    private readonly child: ChildProcess,
    private reaper?: { stop(): void },
  ) {}

  /** The reaper, once the process has started (spawn is asynchronous). */
  watched(reaper: { stop(): void } | undefined): void {
    this.reaper = reaper;
  }

  /** The process exited: what waits for it goes on. */
  exited(info: ExitInfo): void {
    this.exit = info;
    for (const w of this.exitWaiters.splice(0)) w();
  }

  get exitInfo(): ExitInfo | undefined {
    return this.exit;
  }

  /** Close stdin, give the target a moment to exit, then terminate its whole process group. */
  async stop(): Promise<void> {
    if (this.child.pid === undefined || this.exit) return;
    this.child.stdin?.end();
    if (!(await this.waitExit(300))) {
      this.kill("SIGTERM");
      if (!(await this.waitExit(2000))) {
        this.kill("SIGKILL");
        await this.waitExit(2000);
      }
    }
    // The target may be gone while children it spawned in its group live on.
    this.kill("SIGKILL");
    this.reaper?.stop();
  }

  /**
   * The target exited by itself: what it started in its group (a language server, a browser)
   * would live on with nobody to stop it. SIGTERM now, SIGKILL after a grace period. A descendant
   * that left the group (setsid, a daemon) is out of reach: see the README's Security section.
   */
  endOrphans(): void {
    if (process.platform === "win32") return;
    this.kill("SIGTERM");
    const t = setTimeout(() => {
      this.kill("SIGKILL");
      this.reaper?.stop();
    }, ORPHAN_GRACE_MS);
    t.unref();
  }

  /** Synchronous last resort for process exit: kill the target's group now. */
  killNow(): void {
    this.kill("SIGKILL");
    this.reaper?.stop();
  }

  kill(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (!pid) return;
    try {
      process.kill(process.platform === "win32" ? pid : -pid, signal);
    } catch {
      // Already gone.
    }
  }

  waitExit(ms: number): Promise<boolean> {
    if (this.exit) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.exitWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { readFileSync } from "node:fs";

/** Resident memory of a process from /proc (Linux): current and peak (VmHWM), in MiB. */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssMiB: kb("VmRSS") / 1024, peakMiB: kb("VmHWM") / 1024 };
  } catch {
    return undefined;
  }
}

export interface TimedRun {
  wallMs: number;
  /** Peak RSS of the process itself (not its children), from polling /proc every few ms. */
  peakMiB: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run a command to completion: wall time from spawn to exit, and its peak RSS (VmHWM is
 * monotonic, so the last reading before exit is the peak up to a few ms).
 */
export function timedRun(command: string, args: string[], opts: SpawnOptions = {}, timeoutMs = 60_000): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...opts });
    let stdout = "";
    let stderr = "";
    let peakMiB = 0;
    child.stdout!.on("data", (d) => (stdout += d));
    child.stderr!.on("data", (d) => (stderr += d));
    const poll = setInterval(() => {
      const m = child.pid ? memoryOf(child.pid) : undefined;
      if (m && m.peakMiB > peakMiB) peakMiB = m.peakMiB;
    }, 2);
    const kill = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("exit", (code) => {
      const wallMs = performance.now() - t0;
      clearInterval(poll);
      clearTimeout(kill);
      child.once("close", () => resolve({ wallMs, peakMiB, code, stdout, stderr }));
    });
  });
}

/**
 * Spawn a long-running process and resolve once its stdout matches `ready` (with the match).
 * `marks` are stamped (performance.now()) when their pattern first shows up in stdout. With
 * `detached`, the child's process group is tracked (see `stopGroup`).
 */
export function startUntil(
  command: string,
  args: string[],
  ready: RegExp,
  opts: SpawnOptions = {},
  timeoutMs = 60_000,
  marks: Record<string, RegExp> = {},
): Promise<{ child: ChildProcess; match: RegExpExecArray; out: () => string; times: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...opts });
    // A detached child leads its own process group: tracked, so that nothing it starts outlives the bench.
    if (opts.detached) trackGroup(child);
    let out = "";
    let err = "";
    const times: Record<string, number> = {};
    const timer = setTimeout(() => {
      if (opts.detached) void stopGroup(child, 0);
      else child.kill("SIGKILL");
      reject(new Error(`not ready within ${timeoutMs} ms: ${out}${err}`));
    }, timeoutMs);
    child.stderr!.on("data", (d) => (err += d));
    child.stdout!.on("data", (d) => {
      const at = performance.now();
      out += d;
      for (const [name, re] of Object.entries(marks)) if (times[name] === undefined && re.test(out)) times[name] = at;
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m, out: () => out, times });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before ready: ${out}${err}`));
    });
  });
}

/** Stop a process and wait for it to be gone. */
export function stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}

/** Process groups still running (spawned `detached`): killed when the bench exits, whatever happens. */
const groups = new Set<number>();
process.once("exit", () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

/** Remember a detached child's process group, so that `stopGroup` or the bench's exit ends it. */
export function trackGroup(child: ChildProcess): ChildProcess {
  if (child.pid) groups.add(child.pid);
  child.once("exit", () => child.pid && groups.delete(child.pid));
  return child;
}

/**
 * Stop a detached child and everything it started (its process group): SIGTERM, then SIGKILL
 * after `graceMs`. Resolves when the child itself has exited.
 */
export function stopGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  const pid = child.pid;
  const signal = (s: NodeJS.Signals) => {
    try {
      if (pid) process.kill(-pid, s);
    } catch {
      // the group is gone
    }
  };
  const exited = child.exitCode !== null || child.signalCode !== null;
  return new Promise((resolve) => {
    if (exited) {
      signal("SIGKILL"); // the leader is gone; its children may not be
      if (pid) groups.delete(pid);
      return resolve();
    }
    const force = setTimeout(() => signal("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(force);
      signal("SIGKILL");
      if (pid) groups.delete(pid);
      resolve();
    });
    signal("SIGTERM");
  });
}

/** Wait until a mark of `startUntil` has been stamped (a line that comes after the ready one). */
export async function untilMark(run: { times: Record<string, number>; out(): string }, name: string, timeoutMs = 30_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (run.times[name] === undefined) {
    if (Date.now() > until) throw new Error(`no "${name}" line within ${timeoutMs} ms: ${run.out()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return run.times[name];
}

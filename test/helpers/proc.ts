import { readdirSync, readFileSync } from "node:fs";

// What any local user can read of another process under /proc: the tests that prove a secret is in
// no process's command line or environment look there, as an attacker on the machine would.

/** A process's command line, its arguments joined by spaces. */
export const cmdline = (pid: number): string => readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");

/** Every process below `pid`, from /proc/PID/task/TID/children (one that ends meanwhile is skipped). */
export function descendants(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const t of tasks) {
    let children = "";
    try {
      children = readFileSync(`/proc/${pid}/task/${t}/children`, "utf8");
    } catch {
      continue;
    }
    for (const c of children.split(" ").filter(Boolean).map(Number)) out.push(c, ...descendants(c));
  }
  return out;
}

/** The command line of `pid` and of every process below it (one that ends meanwhile is skipped). */
export function commandLines(pid: number): { pid: number; line: string }[] {
  const out: { pid: number; line: string }[] = [];
  for (const p of [pid, ...descendants(pid)]) {
    try {
      out.push({ pid: p, line: cmdline(p) });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/**
 * When `pid` started (clock ticks since boot, /proc/PID/stat field 22), or undefined once it is gone:
 * with the pid, it names one process. The suite starts thousands of processes and pids wrap at
 * /proc/sys/kernel/pid_max (32768 here), so a bare pid seen a while ago may be someone else's now.
 */
export function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** SIGKILL `pid` if it still runs; one that ended meanwhile (ESRCH) is what was wanted, not an error. */
export function killIfAlive(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ESRCH") throw e;
  }
}

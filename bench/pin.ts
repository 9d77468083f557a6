import { execFileSync } from "node:child_process";

/**
 * Issue 93: a figure judged pinned runs with every process of both sides on one core. Unpinned,
 * figure 1 read 1.09–1.44× from run to run by which core each process drew; pinned it holds within
 * ±3 %. This process (all its threads, `taskset -a`) is moved to core 0, so every process it spawns
 * meanwhile inherits the mask; the mask it had is restored after. Returns false where there is no
 * `taskset` (not Linux, or util-linux missing): the figure then runs unpinned and says so.
 */
export async function pinnedToOneCore<T>(f: () => Promise<T>): Promise<{ value: T; pinned: boolean }> {
  const before = maskOf(process.pid);
  if (before === undefined) return { value: await f(), pinned: false };
  setMask(process.pid, "0");
  try {
    return { value: await f(), pinned: true };
  } finally {
    setMask(process.pid, before);
  }
}

/** The CPU list a process may run on ("0-1"), or undefined without taskset. */
function maskOf(pid: number): string | undefined {
  try {
    const out = execFileSync("taskset", ["-c", "-p", String(pid)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return /:\s*(\S+)\s*$/.exec(out)?.[1];
  } catch {
    return undefined;
  }
}

function setMask(pid: number, cpus: string): void {
  execFileSync("taskset", ["-a", "-c", "-p", cpus, String(pid)], { stdio: "ignore" });
}

/** The words a pinned figure's rows and the table's header carry. */
export const PINNED = "pinned: every process on core 0 (taskset -c 0)";

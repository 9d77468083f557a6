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

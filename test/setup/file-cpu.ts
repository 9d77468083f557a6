// What each vitest file costs the machine, for issue 89 ("the same assertions with fewer
// processes"): the suite is CPU-bound (a fresh clone's run keeps both cores ~98 % busy), so a
// file's wall time under load says little and its CPU says what it costs. With
// VITEST_FILE_CPU=<file.jsonl>, test/setup/file-cpu-hooks.ts writes one line per test file (its
// worker's own CPU and the CPU of the processes it started and reaped, from the file's first hook
// to its last) and the slow report prints the table at the end of the run.
//   VITEST_FILE_CPU=/tmp/file-cpu.jsonl npx vitest run
// Linux only (/proc/self/stat); elsewhere nothing is written and the report says so.
import { existsSync, readFileSync } from "node:fs";

/** One test file's CPU in seconds: its worker's own (`self`) and its reaped child processes' (`children`). */
export interface FileCpu {
  file: string;
  self: number;
  children: number;
  /** Seconds from the file's first hook to its last. */
  wall: number;
}

/** This process's CPU so far, in seconds: its own and its reaped children's; undefined without /proc. */
export function cpuNow(): { self: number; children: number } | undefined {
  if (!existsSync("/proc/self/stat")) return undefined;
  const stat = readFileSync("/proc/self/stat", "utf8");
  // Fields after the command name, which may hold spaces and ends at the last ")".
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const hz = 100; // USER_HZ, 100 on every Linux the suite runs on
  return { self: (Number(f[11]) + Number(f[12])) / hz, children: (Number(f[13]) + Number(f[14])) / hz };
}

/** The lines of a VITEST_FILE_CPU file; a line that is not one (a run cut short mid-write) is skipped. */
export function readFileCpu(path: string): FileCpu[] {
  if (!existsSync(path)) return [];
  const rows: FileCpu[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as FileCpu;
      if (typeof r.file === "string" && Number.isFinite(r.self) && Number.isFinite(r.children)) rows.push(r);
    } catch {
      // a partial last line
    }
  }
  return rows;
}

/** The table: the run's totals, then the `top` files by CPU (their own and their children's), most first. */
export function fileCpuReport(rows: FileCpu[], root: string, top = 30): string[] {
  if (rows.length === 0) return ["CPU by file: nothing recorded (VITEST_FILE_CPU needs Linux's /proc)."];
  const sum = (f: (r: FileCpu) => number) => rows.reduce((s, r) => s + f(r), 0);
  const s = (n: number) => n.toFixed(1).padStart(6);
  const sorted = [...rows].sort((a, b) => b.self + b.children - (a.self + a.children) || a.file.localeCompare(b.file));
  return [
    `CPU by file (s): ${rows.length} files, ${sum((r) => r.self + r.children).toFixed(0)} in all, ${sum((r) => r.self).toFixed(0)} in vitest's workers, ${sum((r) => r.children).toFixed(0)} in the processes the files started`,
    `   all   self  child   wall  file`,
    ...sorted
      .slice(0, top)
      .map(
        (r) =>
          `${s(r.self + r.children)} ${s(r.self)} ${s(r.children)} ${s(r.wall)}  ${r.file.startsWith(root) ? r.file.slice(root.length + 1) : r.file}`,
      ),
  ];
}

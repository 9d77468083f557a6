// The check path over many entries in one start of the CLI: the entries are the servers of one
// host's file, checked by `inspector check --config FILE --each` (each gets the full check it
// would get alone, with its own report and exit code), where a start per entry cost ~0.45 CPU s.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { cli, crashed, type Reach } from "./harness";

/** A host file's entry: the command as a host starts it, or the URL. */
export type ServerEntry = { command: string; args: string[] } | { url: string };

/** A host file's entry for a reach. */
export const entryOf = (r: Reach): ServerEntry => (r.kind === "stdio" ? { command: r.command, args: r.args } : { url: r.url });

/** One server's verdict: its exit code, and what its report said (failures first). */
export interface EachVerdict {
  code: number;
  said: string;
}

/**
 * Checks `servers` (name -> entry) in one run with `flags`; each name's verdict. Throws when the
 * run died or gave a server no verdict line: no verdict is never a pass nor a catch.
 */
export async function checkEach(
  file: string,
  servers: Record<string, ServerEntry>,
  flags: string[],
  limitMs: number,
): Promise<Map<string, EachVerdict>> {
  writeFileSync(file, JSON.stringify({ mcpServers: servers }));
  const run = await cli(["check", "--config", file, "--each", ...flags], { limitMs, cwd: path.dirname(file) });
  if (run.code === null || crashed(run)) throw new Error(`check --each ${path.basename(file)}: exit ${run.code}\n${run.stderr}`);
  // The reports end where the verdict lines start (`FILE (host): N server(s)`).
  const reports = reportsByName(run.stdout, `${file} (`);
  const out = new Map<string, EachVerdict>();
  for (const m of run.stdout.matchAll(/^(?:ok {2}|FAIL) (\S+): exit (\d+)$/gm)) {
    const report = reports.get(m[1]) ?? "";
    const stderr = run.stderr
      .split("\n")
      .filter((l) => l.startsWith(`${m[1]}: `))
      .map((l) => l.slice(m[1].length + 2))
      .join(" ");
    out.set(m[1], { code: Number(m[2]), said: `exit ${m[2]}: ${reportFailures(report) || stderr || report}` });
  }
  const missing = Object.keys(servers).filter((n) => !out.has(n));
  if (missing.length) throw new Error(`check --each gave no verdict of ${missing.join(", ")}:\n${run.stdout.slice(-2000)}\n${run.stderr}`);
  return out;
}

/** Each `== NAME` report of a run's stdout, by name, up to the last `endMark` (where the verdict lines start). */
export function reportsByName(stdout: string, endMark: string): Map<string, string> {
  const end = stdout.lastIndexOf(endMark);
  const reports = new Map<string, string>();
  for (const part of stdout
    .slice(0, end < 0 ? undefined : end)
    .split(/^== /m)
    .slice(1))
    reports.set(part.slice(0, part.indexOf("\n")), part);
  return reports;
}

/** The lines of a text report that say what failed. */
export function reportFailures(report: string): string {
  // A failure before a warning: the row's excerpt is cut, and the failure is what caught it.
  const lines = report.split("\n");
  const said = (re: RegExp) => lines.filter((l) => re.test(l));
  return [...said(/^\s*(fail|error)/i), ...said(/^\s*warn/i), ...said(/error\(s\)/i)].join(" | ");
}

// The replay path over many entries in one start of the CLI: a copy of the correct server's
// recording per entry, its target the entry's (the command or URL its file says to run), all
// replayed by `inspector replay A B … --yes` (each against its own recorded target, its own report
// and exit code), where a start per entry cost ~0.45 CPU s.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SharedTarget } from "../../lib/session/file";
import { cli, crashed, type Reach } from "./harness";
import { reportsByName } from "./check-each";

/** The target a recording names for a reach. */
export const sharedTargetOf = (r: Reach): SharedTarget =>
  r.kind === "stdio"
    ? { transport: "stdio", command: r.command, args: r.args, envNames: [] }
    : { transport: "http", url: r.url, headerNames: [] };

/** One entry's replay verdict: its exit code, and the report's lines that say what changed. */
export interface ReplayVerdict {
  code: number;
  said: string;
}

/**
 * Replays `recording` against each named target in one run with `flags`; each name's verdict.
 * Throws when the run died or gave an entry no verdict line: no verdict is never a pass nor a catch.
 */
export async function replayEach(
  dir: string,
  items: { name: string; recording: string; target: SharedTarget }[],
  flags: string[],
  limitMs: number,
): Promise<Map<string, ReplayVerdict>> {
  const byFile = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const it of items) {
    const file = path.join(dir, `${it.name.replace(/[^\w.-]/g, "_")}.mcp-session.json`);
    const text = texts.get(it.recording) ?? readFileSync(it.recording, "utf8");
    texts.set(it.recording, text);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(text), target: it.target }));
    byFile.set(file, it.name);
  }
  const run = await cli(["replay", ...byFile.keys(), "--yes", ...flags], { limitMs });
  if (run.code === null || crashed(run))
    throw new Error(`replay of ${items.length} recordings: exit ${run.code}\n${run.stderr.slice(-4000)}`);
  const reports = reportsByName(run.stdout, "recordings replayed\n");
  const out = new Map<string, ReplayVerdict>();
  for (const m of run.stdout.matchAll(/^(?:same {3}|CHANGED|ERROR {2}) (\S+): exit (\d+)$/gm)) {
    const name = byFile.get(m[1]);
    if (name === undefined) continue;
    const lines = (reports.get(m[1]) ?? "")
      .split("\n")
      .filter((l) => /^(CHANGED|NEW ERROR|NO LONGER|NO RESPONSE|\s+[~+-] )|\d+ same/.test(l));
    const stderr = run.stderr
      .split("\n")
      .filter(
        (l) =>
          l.startsWith(`${m[1]}: `) && !/^\s*(arg \d+|command|in|environment passed|it sends|!?\s*\d+\.)/.test(l.slice(m[1].length + 2)),
      )
      .map((l) => l.slice(m[1].length + 2))
      .join(" ");
    out.set(name, { code: Number(m[2]), said: `exit ${m[2]}: ${lines.join(" | ") || stderr}` });
  }
  const missing = items.map((i) => i.name).filter((n) => !out.has(n));
  if (missing.length)
    throw new Error(`replay gave no verdict of ${missing.join(", ")}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  return out;
}

import { readFileSync, writeFileSync } from "node:fs";
import type { LauncherArgs, Env } from "../cli/args";
import { splitShellWords } from "../../lib/target/shell-words";
import { UsageError } from "../cli/args";
import { replaySession } from "../replay/replay";
import { buildSession, entriesOfLastConnection, parseSession, type SessionFile } from "../../lib/session/file";
import { replayPassed, type ReplayItem, type ReplayReport } from "../../lib/session/replay-result";
import type { Target } from "../../lib/target/target";
import { VERSION } from "../paths";
import type { Io } from "./run-cli";

/** `inspector replay FILE`: re-run a recorded session, print the diff, exit 1 when anything changed. */
export async function runReplay(a: LauncherArgs, env: Env, io: Io, progress?: (line: string) => void): Promise<number> {
  let text: string;
  try {
    text = readFileSync(a.sessionFile!, "utf8");
  } catch (e) {
    io.err(`inspector: cannot read ${a.sessionFile}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
    return 2;
  }
  const parsed = parseSession(text);
  if (!parsed.ok) {
    io.err(`inspector: ${a.sessionFile}: ${parsed.message}`);
    return 2;
  }
  const session = parsed.session;
  let resolved: ReturnType<typeof targetFor>;
  try {
    resolved = targetFor(session, a, env);
  } catch (e) {
    io.err(`inspector: ${(e as Error).message}`);
    return 2;
  }
  const { target, missing } = resolved;
  for (const m of missing) io.err(`inspector: ${m} is not set here; the server runs without it (set it in the environment${target.transport === "stdio" ? " or with -e" : " or with --header"})`);
  const { report, record, negotiated } = await replaySession(session, { target, ignore: a.ignore, progress });
  if (!report.connected) {
    io.err(`inspector: could not connect to ${report.target}: ${report.connectError}`);
    return 2;
  }
  io.out(formatReplay(report));
  if (a.update) {
    const updated: SessionFile = {
      ...buildSession({ inspectorVersion: VERSION, target, capabilities: session.capabilities, negotiated, entries: entriesOfLastConnection(record.since(0)) }),
      target: a.command || a.serverUrl ? buildSession({ inspectorVersion: VERSION, target, capabilities: session.capabilities, entries: [] }).target : session.target,
    };
    writeFileSync(a.sessionFile!, JSON.stringify(updated, null, 2) + "\n");
    io.err(`inspector: updated ${a.sessionFile} with the new responses`);
    return 0;
  }
  return replayPassed(report) ? 0 : 1;
}

/** The recorded target, or the override, with env/header values from this machine. */
function targetFor(session: SessionFile, a: LauncherArgs, env: Env): { target: Target; missing: string[] } {
  const missing: string[] = [];
  if (a.serverUrl) return { target: { transport: a.transport === "sse" ? "sse" : "http", url: a.serverUrl, headers: a.headers }, missing };
  const t = session.target;
  if (a.command) {
    const words = splitShellWords(a.command);
    if (!words.ok) throw new UsageError(`--command: ${words.message}`);
    const [command, ...args] = [...words.args, ...a.args];
    return { target: { transport: "stdio", command, args, env: { ...a.env }, cwd: a.cwd }, missing };
  }
  if (t.transport === "stdio") {
    const vars: Record<string, string> = {};
    for (const name of t.envNames) {
      const v = a.env[name] ?? env[name];
      if (v === undefined) missing.push(`env ${name}`);
      else vars[name] = v;
    }
    return { target: { transport: "stdio", command: t.command, args: t.args, cwd: a.cwd ?? t.cwd, env: { ...vars, ...a.env } }, missing };
  }
  const headers: Record<string, string> = {};
  for (const name of t.headerNames) {
    const v = a.headers[name];
    if (v === undefined) missing.push(`header ${name}`);
    else headers[name] = v;
  }
  return { target: { transport: t.transport, url: t.url, headers }, missing };
}

/** A readable diff: one line per request, the changed paths under it, then the summary. */
export function formatReplay(r: ReplayReport): string {
  const lines = [`replayed against ${r.target}`];
  for (const item of r.items) {
    if (item.status === "sent") continue;
    lines.push(`${label(item)} #${item.recordedSeq} ${item.method}${toolName(item)}${item.note ? ` (${item.note})` : ""}`);
    for (const op of item.diff.slice(0, 20)) {
      if (op.op === "changed") lines.push(`    ~ ${op.path}: ${brief(op.before)} -> ${brief(op.after)}`);
      else if (op.op === "added") lines.push(`    + ${op.path}: ${brief(op.after)}`);
      else lines.push(`    - ${op.path}: ${brief(op.before)}`);
    }
    if (item.diff.length > 20) lines.push(`    … ${item.diff.length - 20} more`);
  }
  const s = r.summary;
  lines.push(`${s.same} same, ${s.changed} changed, ${s.newError} new error, ${s.fixedError} no longer an error, ${s.noResponse} no response`);
  return lines.join("\n");
}

function label(i: ReplayItem): string {
  return { same: "same      ", changed: "CHANGED   ", "new-error": "NEW ERROR ", "fixed-error": "NOW OK    ", "no-response": "NO ANSWER ", sent: "sent      " }[i.status];
}
function toolName(i: ReplayItem): string {
  const name = (i.params as { name?: unknown } | undefined)?.name;
  return typeof name === "string" ? ` ${name}` : "";
}
function brief(v: unknown): string {
  const s = JSON.stringify(v) ?? "undefined";
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

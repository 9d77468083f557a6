import { writeFileSync } from "node:fs";
import { splitShellWords } from "../../../lib/target/shell-words";
import { replaySession } from "../../replay/replay";
import { buildSession, entriesOfLastConnection, type SessionFile } from "../../../lib/session/file";
import { redactSession } from "../../../lib/session/redact";
import { replayPassed, type ReplayItem, type ReplayReport } from "../../../lib/session/replay-result";
import type { Target } from "../../../lib/target/target";
import { shellQuoted, visible } from "../../../lib/text/visible";
import { VERSION } from "../../paths";
import type { Io } from "../command";
import { loadSessionFile } from "../shared/session-loader";
import { asRecord } from "../../../lib/json/shape";
import { formatReplayListing, replayListing } from "../../../lib/session/replay-listing";

/** What `inspector replay` needs from its flags. */
export interface ReplayOptions {
  sessionFile: string;
  ignore: readonly string[];
  update: boolean;
  /** Run this command or connect to this URL instead of the recorded target (the person typed it). */
  command?: string;
  args?: readonly string[];
  serverUrl?: string;
  transport?: "stdio" | "sse" | "http";
  headers: Record<string, string>;
  /** -e NAME=VALUE: values given on the command line. */
  env: Record<string, string>;
  cwd?: string;
  /** Run the file's own target without asking. */
  yes: boolean;
  /** Names whose values pass from the environment (`--pass-env`); no other value does. */
  passEnv: readonly string[];
  progress?: (line: string) => void;
  /**
   * Ask the person (a terminal is there): resolves true to go on. Absent without a terminal:
   * then the file's target runs only with `yes`.
   */
  confirm?: (question: string) => Promise<boolean>;
}

type Env = Record<string, string | undefined>;

/** `inspector replay FILE`: re-run a recorded session, print the diff, exit 1 when anything changed. */
export async function runReplay(o: ReplayOptions, env: Env, io: Io): Promise<number> {
  const loaded = loadSessionFile(o.sessionFile);
  if (!loaded.ok) return (io.err(`inspector: ${loaded.message}`), 2);
  const session = loaded.session;
  const resolved = targetFor(session, o, env);
  if ("error" in resolved) return (io.err(`inspector: ${resolved.error}`), 2);
  const { target, passed, notPassed, fromFile } = resolved;
  if (fromFile) {
    // A file from someone else runs nothing unseen: what will run, exactly, then a yes.
    io.err([describeRun(o.sessionFile, target, passed, notPassed), ...formatReplayListing(replayListing(session))].join("\n"));
    if (!o.yes) {
      if (!o.confirm) return (io.err(`inspector: not running it: no terminal to ask you. Read the above and pass --yes to run it.`), 2);
      if (!(await o.confirm("Run it? [y/N] "))) return (io.err("inspector: not run."), 2);
    }
  } else if (notPassed.length) {
    io.err(`inspector: not passed (not set with -e or --pass-env): ${notPassed.join(", ")}`);
  }
  const { report, record, negotiated } = await replaySession(session, { target, ignore: [...o.ignore], progress: o.progress });
  if (!report.connected) {
    io.err(`inspector: could not connect to ${report.target}: ${report.connectError}`);
    return 2;
  }
  io.out(formatReplay(report));
  if (o.update) {
    const built = buildSession({
      inspectorVersion: VERSION,
      target,
      capabilities: session.capabilities,
      negotiated,
      entries: entriesOfLastConnection(record.since(0)),
    });
    const updated: SessionFile = { ...built, target: fromFile ? session.target : built.target };
    // The file is meant to be committed: it passes the same redaction as every file written.
    const secrets = target.transport === "stdio" ? target.env : target.headers;
    const { session: safe, hits } = redactSession(updated, { secrets });
    writeFileSync(o.sessionFile, JSON.stringify(safe, null, 2) + "\n");
    io.err(
      `inspector: updated ${o.sessionFile} with the new responses${hits.length ? ` (${hits.length} secret${hits.length === 1 ? "" : "s"} redacted)` : ""}`,
    );
    return 0;
  }
  return replayPassed(report) ? 0 : 1;
}

interface Resolved {
  target: Target;
  /** Env or header names whose values were passed. */
  passed: string[];
  /** Names the file lists that were not passed. */
  notPassed: string[];
  /** The target came from the file (not --command / --server-url). */
  fromFile: boolean;
}

/** The recorded target, or the override; values only for names the person gave. */
function targetFor(session: SessionFile, o: ReplayOptions, env: Env): Resolved | { error: string } {
  if (o.serverUrl)
    return {
      target: { transport: o.transport === "sse" ? "sse" : "http", url: o.serverUrl, headers: o.headers },
      passed: Object.keys(o.headers),
      notPassed: [],
      fromFile: false,
    };
  if (o.command) {
    const words = splitShellWords(o.command);
    if (!words.ok) return { error: `--command: ${words.message}` };
    const [command, ...args] = [...words.args, ...(o.args ?? [])];
    return {
      target: { transport: "stdio", command, args, env: { ...o.env }, cwd: o.cwd },
      passed: Object.keys(o.env),
      notPassed: [],
      fromFile: false,
    };
  }
  const t = session.target;
  if (t.transport === "stdio") {
    const vars: Record<string, string> = { ...o.env };
    for (const name of o.passEnv) {
      const v = env[name];
      if (v !== undefined) vars[name] = v;
    }
    const passed = Object.keys(vars);
    return {
      target: { transport: "stdio", command: t.command, args: t.args, cwd: o.cwd ?? t.cwd, env: vars },
      passed,
      notPassed: t.envNames.filter((n) => !(n in vars)),
      fromFile: true,
    };
  }
  return {
    target: { transport: t.transport, url: t.url, headers: { ...o.headers } },
    passed: Object.keys(o.headers),
    notPassed: t.headerNames.filter((n) => !(n in o.headers)),
    fromFile: true,
  };
}

/** Exactly what will run: every argument on its own line, invisible characters escaped. */
function describeRun(file: string, t: Target, passed: string[], notPassed: string[]): string {
  const lines = [`inspector: ${visible(file)} asks to ${t.transport === "stdio" ? "run this command" : "connect to this server"}:`];
  if (t.transport === "stdio") {
    lines.push(`  command: ${shellQuoted(t.command)}`);
    t.args.forEach((a, i) => lines.push(`  arg ${i + 1}:  ${shellQuoted(a)}`));
    lines.push(`  in:      ${t.cwd ? shellQuoted(t.cwd) : "(this directory)"}`);
  } else {
    lines.push(`  ${t.transport === "sse" ? "SSE" : "Streamable HTTP"}: ${visible(t.url)}`);
  }
  const kind = t.transport === "stdio" ? "environment" : "headers";
  lines.push(`  ${kind} passed: ${passed.length ? passed.join(", ") : "none"}`);
  if (notPassed.length)
    lines.push(
      `  ${kind} the file names but you did not pass: ${notPassed.map(visible).join(", ")} (pass with ${t.transport === "stdio" ? "--pass-env NAME or -e NAME=VALUE" : '--header "Name: Value"'})`,
    );
  return lines.join("\n");
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
  lines.push(
    `${s.same} same, ${s.changed} changed, ${s.newError} new error, ${s.fixedError} no longer an error, ${s.noResponse} no response${s.cancelled ? `, ${s.cancelled} cancelled in the recording (not sent)` : ""}`,
  );
  // Names, paths and values come from the file and the server: never raw to a terminal.
  return lines.map((l) => visible(l)).join("\n");
}

function label(i: ReplayItem): string {
  return {
    same: "same      ",
    changed: "CHANGED   ",
    "new-error": "NEW ERROR ",
    "fixed-error": "NOW OK    ",
    "no-response": "NO ANSWER ",
    sent: "sent      ",
    cancelled: "cancelled ",
  }[i.status];
}
function toolName(i: ReplayItem): string {
  const name = asRecord(i.params).name;
  return typeof name === "string" ? ` ${name}` : "";
}
function brief(v: unknown): string {
  const s = JSON.stringify(v) ?? "undefined";
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

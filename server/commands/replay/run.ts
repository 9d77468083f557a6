import { writeOwnFile } from "../../own-file";
import path from "node:path";
import { readTextFileBounded } from "../../read-bounded";
import { MAX_SESSION_FILE_BYTES } from "../../../lib/session/file";
import { volatilePaths, withoutVolatile } from "../../replay/learn-volatile";
import { formatReplay, replayJunit } from "./format";
import { patchSessionText } from "./update";
import { freshPaths, runHook } from "./run-hooks";
import { splitShellWords } from "../../../lib/target/shell-words";
import { replaySession } from "../../replay/replay";
import type { SessionFile } from "../../../lib/session/file";
import { replayPassed, reproductionOf, type ReplayReport } from "../../../lib/session/replay-result";
import type { Target } from "../../../lib/target/target";
import { shellQuoted, visible } from "../../../lib/text/visible";
import type { Io } from "../command";
import { loadSessionFile } from "../../record/session-loader";
import type { FaultListener } from "../../engine";
import { faultLines } from "../shared/fault-lines";
import { firstFailingRequest, sessionUpTo } from "../../../lib/session/up-to";
import { replayVerdicts } from "../../../lib/session/replay-verdicts";
import type { SessionState } from "../../../lib/session/state";
import type { RecordStore } from "../../record/store";
import { checkSaveSessionPath } from "../shared/save-session";
import { saveRunPage, saveRunSession } from "../shared/save-run-session";
import { latencyBoundOf, type FailOn } from "./regression-flags";
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
  /** text (default), json or junit on stdout. */
  format?: "text" | "json" | "junit";
  /** 2: replay twice and treat what differed between the runs as volatile. */
  runs?: number;
  /** Write what the second run found volatile into the file's `ignore`. */
  saveIgnores?: boolean;
  /** Per run: new paths in these variables, and commands before and after. */
  freshEnv?: readonly string[];
  setup?: string;
  teardown?: string;
  /** Names whose values pass from the environment (`--pass-env`); no other value does. */
  passEnv: readonly string[];
  progress?: (line: string) => void;
  /** `any`: a compatible change fails too. */
  failOn?: FailOn;
  /** --request-timeout: how long each replayed request waits for its answer (default 30 s). */
  requestTimeoutMs?: number;
  latencyFactor?: number;
  latencyMinMs?: number;
  /** --html FILE: the replay's own record as a page file, with the same verdicts. */
  html?: string;
  /**
   * Ask the person (a terminal is there): resolves true to go on. Absent without a terminal:
   * then the file's target runs only with `yes`.
   */
  confirm?: (question: string) => Promise<boolean>;
  /** --up-to: only that recorded request, after every one before it. */
  upTo?: number | "failure";
  /**
   * --save-session FILE: the replay's own record, with a verdict per replayed request, whether it
   * passes or fails (a second run's beside it).
   */
  saveSession?: string;
}

type Env = Record<string, string | undefined>;

/** `inspector replay FILE`: re-run a recorded session, print the diff, exit 1 when anything changed. */
export async function runReplay(o: ReplayOptions, env: Env, io: Io): Promise<number> {
  const loaded = loadSessionFile(o.sessionFile);
  if (!loaded.ok) return (io.err(`inspector: ${loaded.message}`), 2);
  if (loaded.note) io.err(`inspector: ${loaded.note}`);
  const cut = o.upTo === undefined ? undefined : upToCall(loaded.session, o.upTo);
  if (typeof cut === "string") return (io.err(`inspector: ${cut}`), 2);
  const session = cut ?? loaded.session;
  const resolved = targetFor(session, o, env);
  if ("error" in resolved) return (io.err(`inspector: ${resolved.error}`), 2);
  const { target, fromFile } = resolved;
  // A --fresh-env variable is given a value on every run: passed, and said to be fresh.
  const fresh = (o.freshEnv ?? []).map((n) => n.replace(/\/$/, ""));
  const passed = [...resolved.passed, ...fresh.map((n) => `${n} (a new path each run)`)];
  const notPassed = resolved.notPassed.filter((n) => !fresh.includes(n));
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
  if (o.saveSession) checkSaveSessionPath(o.saveSession);
  const reports: ReplayReport[] = [];
  const faults = faultLines(io.err);
  let recorded: Recorded | undefined;
  for (let run = 1; run <= (o.runs ?? 1); run++) {
    const one = await oneRun(session, target, o, env, io, run, faults.onFault, (r) => (recorded ??= r)).finally(faults.end);
    if (typeof one === "number") return one;
    if (!one.connected) {
      io.err(`inspector: could not connect to ${one.target}: ${one.connectError}`);
      // CI still gets its report: a junit error case, or the JSON with connected: false.
      if (o.format === "junit") io.out(replayJunit(one, path.basename(o.sessionFile)).trimEnd());
      if (o.format === "json") io.out(JSON.stringify(one, null, 2));
      return 2;
    }
    reports.push(one);
  }
  const learned = reports.length > 1 ? volatilePaths(reports[0], reports[1]) : [];
  const report = withoutVolatile(reports[0], learned);
  if (learned.length && report.reproduction) report.reproduction = reproductionOf(true, report);
  // The replay's own record, each replayed request's verdict with it (the first run's, with --runs 2):
  // the session file and the page file hold the same.
  const replayed = recorded && {
    target: recorded.target,
    state: recorded.state,
    entries: recorded.record.since(0),
    verdicts: replayVerdicts(report),
  };
  if (o.saveSession && replayed) saveRunSession(o.saveSession, replayed, io.err);
  if (o.format === "json") io.out(JSON.stringify(report, null, 2));
  else if (o.format === "junit") io.out(replayJunit(report, path.basename(o.sessionFile)).trimEnd());
  else io.out(formatReplay(report));
  if (o.html && replayed) await saveRunPage(o.html, replayed, io.err);
  if (reports.length > 1)
    io.err(
      learned.length
        ? `inspector: these differed between two runs of the same server: ${learned.map(visible).join(", ")}${o.saveIgnores ? "" : " (ignored in this report; --save-ignores writes them into the file)"}`
        : "inspector: nothing differed between the two runs",
    );
  if (o.update || (o.saveIgnores && learned.length)) {
    const secrets = target.transport === "stdio" ? target.env : target.headers;
    const text = readTextFileBounded(o.sessionFile, MAX_SESSION_FILE_BYTES, "a session file");
    const p = patchSessionText(text, session, o.update ? report : undefined, secrets, o.saveIgnores ? learned : []);
    if (p.text === undefined) io.err(`inspector: nothing changed; ${visible(o.sessionFile)} left as it was`);
    else {
      writeOwnFile(o.sessionFile, p.text);
      const what = [
        p.replaced && `${p.replaced} response${p.replaced === 1 ? "" : "s"} replaced`,
        o.saveIgnores && learned.length && `${learned.length} ignore${learned.length === 1 ? "" : "s"} saved`,
        p.redacted && `${p.redacted} secret${p.redacted === 1 ? "" : "s"} redacted`,
      ].filter(Boolean);
      io.err(`inspector: updated ${visible(o.sessionFile)} (${what.join(", ")})`);
    }
    if (p.skipped) io.err(`inspector: ${p.skipped} changed request(s) have no recorded response to replace; left as they were`);
    if (o.update) return 0;
  }
  return replayPassed(report) ? 0 : 1;
}

/** What a run recorded: written by --save-session. */
interface Recorded {
  target: Target;
  record: RecordStore;
  state: SessionState;
}

/** The recording cut to one call (--up-to), or why it cannot be. */
function upToCall(session: SessionFile, upTo: number | "failure"): SessionFile | string {
  const seq = upTo === "failure" ? firstFailingRequest(session) : upTo;
  if (seq === undefined) return "--up-to failure: the recording holds no failing verdict and no error answer";
  return sessionUpTo(session, seq) ?? `--up-to ${seq}: #${seq} is not a request the recorded client sent`;
}

/** One replay, with this run's fresh paths and its --setup and --teardown around it; a number is the exit code of a run that could not be made. */
async function oneRun(
  session: SessionFile,
  target: Target,
  o: ReplayOptions,
  env: Env,
  io: Io,
  run: number,
  onFault: FaultListener,
  keep: (r: Recorded) => void = () => undefined,
): Promise<ReplayReport | number> {
  const fresh = freshPaths(o.freshEnv ?? []);
  const serverEnv = target.transport === "stdio" ? { ...target.env, ...fresh.vars } : {};
  const runTarget: Target = target.transport === "stdio" ? { ...target, env: serverEnv } : target;
  const hookEnv: Env = { ...env, ...serverEnv };
  const hookCwd = target.transport === "stdio" ? target.cwd : undefined;
  try {
    if (o.setup) {
      const code = await runHook("setup", o.setup, { cwd: hookCwd, env: hookEnv, err: io.err });
      if (code !== 0) return (io.err(`inspector: --setup exited with ${code} (run ${run}); nothing was replayed`), 2);
    }
    const replayed = await replaySession(session, {
      target: runTarget,
      ignore: [...o.ignore],
      progress: o.progress,
      onFault,
      ...(o.requestTimeoutMs ? { requestTimeoutMs: o.requestTimeoutMs } : {}),
      failOn: o.failOn,
      latency: latencyBoundOf({ failOn: o.failOn ?? "breaking", latencyFactor: o.latencyFactor, latencyMinMs: o.latencyMinMs }),
    });
    keep({ target: runTarget, record: replayed.record, state: replayed.state });
    // A run that could not connect, or a later run of --runs 2, keeps its own record here; the
    // first connected run's is written with its verdicts once the report is made (runReplay).
    if (o.saveSession && (run > 1 || !replayed.report.connected)) {
      const file = run === 1 ? o.saveSession : o.saveSession.replace(/(\.mcp-session\.json|\.json)?$/, `-run${run}$1`);
      saveRunSession(file, { target: runTarget, state: replayed.state, entries: replayed.record.since(0) }, io.err);
    }
    return replayed.report;
  } finally {
    if (o.teardown) {
      const code = await runHook("teardown", o.teardown, { cwd: hookCwd, env: hookEnv, err: io.err });
      if (code !== 0) io.err(`inspector: --teardown exited with ${code} (run ${run})`);
    }
    fresh.cleanup();
  }
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
      // A relative directory in the file is relative to where replay runs (the checkout, in CI).
      target: { transport: "stdio", command: t.command, args: t.args, cwd: o.cwd ?? (t.cwd && path.resolve(t.cwd)), env: vars },
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
    lines.push(`  in:      ${shellQuoted(t.cwd ?? process.cwd())}${t.cwd ? "" : " (the directory replay runs in)"}`);
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

export { formatReplay } from "./format";

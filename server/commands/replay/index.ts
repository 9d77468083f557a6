import type { Command, CommonArgs, RunContext } from "../command";
import type { FlagGroup } from "../flag-spec";
import { pick } from "../flag-spec";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";
import { oneOf } from "../values";
import { visible } from "../../../lib/text/visible";
import { TARGET_FLAGS, emptyTarget, type TargetArgs } from "../shared/target-flags";
import { takeServerEnv } from "../shared/env-flags";
import { askOnTerminal, hasPerson, progressLine } from "../shared/terminal";
import { REGRESSION_FLAGS, type RegressionArgs } from "./regression-flags";
import { SAVE_SESSION_FLAGS, validateSaveSession, type SaveSessionArgs } from "../shared/save-session";

export interface ReplayArgs extends TargetArgs, CommonArgs, RegressionArgs, SaveSessionArgs {
  sessionFile?: string;
  /** More recordings after the first: each replayed against its own recorded target, in one run. */
  moreFiles: string[];
  ignore: string[];
  update: boolean;
  /** Run the file's command without asking. */
  yes: boolean;
  format: "text" | "json" | "junit";
  runs: number;
  saveIgnores: boolean;
  freshEnv: string[];
  setup?: string;
  teardown?: string;
  /** --up-to SEQ|failure: only that call, after every recorded request before it. */
  upTo?: number | "failure";
}

const REPLAY_FLAGS: FlagGroup<ReplayArgs> = {
  title: "replay",
  flags: [
    {
      names: ["--ignore"],
      value: "PATH",
      help: "a JSON path to leave out of the comparison (repeatable)",
      set: (a, v) => a.ignore.push(v),
    },
    { names: ["--update"], help: "rewrite the recording with the new responses (redacted)", set: (a) => (a.update = true) },
    { names: ["--command"], value: "CMD", help: "run this command instead of the recorded one", set: (a, v) => (a.command = v) },
    { names: ["--yes"], help: "run the file's command without asking (needed without a terminal)", set: (a) => (a.yes = true) },
    {
      names: ["--format"],
      value: "F",
      help: "text (default) | json | junit: the report on stdout (junit: one test case per replayed request, the diff as the failure)",
      set: (a, v) => (a.format = oneOf(v, ["text", "json", "junit"] as const, "--format")),
    },
    {
      names: ["--runs"],
      value: "N",
      help: "1 (default) | 2: replay twice; what differs between the two runs is volatile, ignored and proposed as ignores",
      set: (a, v) => (a.runs = Number(oneOf(v, ["1", "2"] as const, "--runs"))),
    },
    {
      names: ["--save-ignores"],
      help: "with --runs 2: write what differed between the runs into the file's ignore list",
      set: (a) => (a.saveIgnores = true),
    },
    {
      names: ["--fresh-env"],
      value: "NAME",
      help: "give the server a new path in NAME on every run, in a new empty temp folder (NAME/: the folder itself), removed after (repeatable)",
      set: (a, v) => a.freshEnv.push(v),
    },
    {
      names: ["--setup"],
      value: "CMD",
      help: "a shell command run before each run (fails the replay with 2 when it fails)",
      set: (a, v) => (a.setup = v),
    },
    {
      names: ["--up-to"],
      value: "SEQ",
      help: "replay only up to the recorded request #SEQ (failure: the first failing one): the handshake, every request before it (any may set the state it reads), then it; nothing after",
      set: (a, v) => (a.upTo = upToValue(v)),
    },
    { names: ["--teardown"], value: "CMD", help: "a shell command run after each run, whatever happened", set: (a, v) => (a.teardown = v) },
    ...REGRESSION_FLAGS,
  ],
};

/** replay passes only values named on its command line: -e, --pass-env, --env-file; --server-url and --header for a URL. */
const REPLAY_TARGET = pick(
  TARGET_FLAGS,
  ["--env", "--pass-env", "--env-file", "--cwd", "--server-url", "--transport", "--header", "--protocol-era", "--request-timeout"],
  "Target (instead of the recorded one, or values for it)",
);

export const replayCommand: Command<ReplayArgs> = {
  name: "replay",
  usage:
    "Usage: inspector replay FILE.mcp-session.json [FILE...] [--ignore PATH]... [--update] [--yes] [--format text|json|junit] [--runs 2] [--fail-on breaking|any] [--up-to SEQ|failure]\nRe-runs a recorded session against the server and prints what changed (exit 1 on a regression: a breaking change, a new error, a lost notification, a slow answer).",
  summary: "re-run a recorded session and diff the responses",
  groups: [REPLAY_FLAGS, SAVE_SESSION_FLAGS, REPLAY_TARGET, COMMON_FLAGS],
  usageExit: 2,
  takesTarget: false,
  empty: () => ({
    ...emptyTarget(),
    moreFiles: [],
    ignore: [],
    update: false,
    yes: false,
    format: "text",
    runs: 1,
    saveIgnores: false,
    freshEnv: [],
    failOn: "breaking",
    help: false,
    version: false,
  }),
  operands: (a, words, dashed) => {
    const rest = [...words];
    if (a.sessionFile === undefined && !dashed) a.sessionFile = rest.shift();
    if (rest.length && (dashed || a.sessionFile === undefined))
      throw new UsageError(`replay takes session files, not "${rest.join(" ")}" (run another command with --command or --server-url)`);
    a.moreFiles.push(...rest);
  },
  validate: (a) => {
    if (!a.sessionFile) throw new UsageError("replay needs a session file: inspector replay FILE.mcp-session.json");
    validateSaveSession(a);
    if (a.moreFiles.length) validateSeveral(a);
    if (a.command && a.serverUrl) throw new UsageError("give --command or --server-url, not both");
    if (a.upTo !== undefined && a.update) throw new UsageError("--update rewrites the whole recording: it cannot be given with --up-to");
    if (a.saveIgnores && a.runs < 2) throw new UsageError("--save-ignores needs --runs 2 (the second run finds what is volatile)");
    for (const n of a.freshEnv)
      if (!/^[A-Za-z_][A-Za-z0-9_]*\/?$/.test(n))
        throw new UsageError(`--fresh-env takes a variable name (NAME or NAME/), not "${visible(n)}"`);
  },
  run: runReplayCommand,
  helpFooter: [
    "Exit codes",
    "  0 same (compatible changes reported), 1 a breaking change, a new error, a lost notification or a slow answer, 2 usage, unreadable file or no connection",
    "",
  ],
};

/**
 * Several recordings, each against its own recorded target: what names one run's target, file or
 * report (a command, a URL, --update, --save-session, --html, --up-to, a JSON or JUnit report)
 * would need a name each.
 */
function validateSeveral(a: ReplayArgs): void {
  const one = [
    a.command && "--command",
    a.serverUrl && "--server-url",
    a.update && "--update",
    a.saveIgnores && "--save-ignores",
    a.saveSession && "--save-session",
    a.html && "--html",
    a.upTo !== undefined && "--up-to",
    a.format !== "text" && `--format ${a.format}`,
  ].filter(Boolean);
  if (one.length)
    throw new UsageError(
      `${one.join(", ")} is for one recording: replay several files each against its own recorded target, text reports only`,
    );
}

function upToValue(v: string): number | "failure" {
  if (v === "failure") return v;
  if (!/^\d+$/.test(v.trim()))
    throw new UsageError(`--up-to takes a record seq (the #N the report and the page show) or "failure", got "${visible(v)}"`);
  return Number(v);
}

async function runReplayCommand(a: ReplayArgs, { env, io }: RunContext): Promise<number> {
  const line = progressLine();
  try {
    takeServerEnv(a, env, io.err);
    if (a.moreFiles.length) {
      const { replayEachFile } = await import("./each-file");
      // No question per file on a terminal, several at once: --yes runs the files' own targets.
      return await replayEachFile([a.sessionFile!, ...a.moreFiles], { ...a }, env, io);
    }
    const { runReplay } = await import("./run");
    return await runReplay(
      { ...a, sessionFile: a.sessionFile!, progress: line.progress, confirm: hasPerson() ? askOnTerminal : undefined },
      env,
      io,
    );
  } catch (e) {
    // An error is not a changed response: 2, never the 1 a CI job reads as "changed".
    io.err(`inspector: replay failed: ${(e as Error).message}`);
    return 2;
  } finally {
    line.done();
  }
}

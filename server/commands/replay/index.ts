import type { Command, CommonArgs, RunContext } from "../command";
import type { FlagGroup } from "../flag-spec";
import { pick } from "../flag-spec";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";
import { TARGET_FLAGS, emptyTarget, type TargetArgs } from "../shared/target-flags";
import { takeServerEnv } from "../shared/env-flags";
import { askOnTerminal, hasPerson, progressLine } from "../shared/terminal";

export interface ReplayArgs extends TargetArgs, CommonArgs {
  sessionFile?: string;
  ignore: string[];
  update: boolean;
  /** Run the file's command without asking. */
  yes: boolean;
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
  ],
};

/** replay passes only values named on its command line: -e, --pass-env, --env-file; --server-url and --header for a URL. */
const REPLAY_TARGET = pick(
  TARGET_FLAGS,
  ["--env", "--pass-env", "--env-file", "--cwd", "--server-url", "--transport", "--header", "--protocol-era"],
  "Target (instead of the recorded one, or values for it)",
);

export const replayCommand: Command<ReplayArgs> = {
  name: "replay",
  usage:
    "Usage: inspector replay FILE.mcp-session.json [--ignore PATH]... [--update] [--yes]\nRe-runs a recorded session against the server and prints what changed (exit 1 when anything did).",
  summary: "re-run a recorded session and diff the responses",
  groups: [REPLAY_FLAGS, REPLAY_TARGET, COMMON_FLAGS],
  usageExit: 2,
  takesTarget: false,
  empty: () => ({ ...emptyTarget(), ignore: [], update: false, yes: false, help: false, version: false }),
  operands: (a, words, dashed) => {
    const rest = [...words];
    if (a.sessionFile === undefined && !dashed) a.sessionFile = rest.shift();
    if (rest.length)
      throw new UsageError(
        `replay takes one session file, not also "${rest.join(" ")}" (run another command with --command or --server-url)`,
      );
  },
  validate: (a) => {
    if (!a.sessionFile) throw new UsageError("replay needs a session file: inspector replay FILE.mcp-session.json");
    if (a.command && a.serverUrl) throw new UsageError("give --command or --server-url, not both");
  },
  run: runReplayCommand,
  helpFooter: ["Exit codes", "  0 same, 1 changed, 2 usage, unreadable file or no connection", ""],
};

async function runReplayCommand(a: ReplayArgs, { env, io }: RunContext): Promise<number> {
  const line = progressLine();
  try {
    takeServerEnv(a, env, io.err);
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

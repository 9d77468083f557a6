import type { Command, CommonArgs, RunContext } from "../command";
import type { FlagGroup } from "../flag-spec";
import { pick } from "../flag-spec";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";
import { oneOf } from "../values";
import { TARGET_FLAGS, emptyTarget, type TargetArgs } from "../shared/target-flags";
import { takeServerEnv } from "../shared/env-flags";

export interface DiffArgs extends TargetArgs, CommonArgs {
  /** The two sides: session files, "quoted commands" or URLs. */
  sides: string[];
  format: "text" | "json" | "junit";
  failOn: "breaking" | "any";
}

const DIFF_FLAGS: FlagGroup<DiffArgs> = {
  title: "diff",
  flags: [
    {
      names: ["--format"],
      value: "F",
      help: "text (default) | json | junit",
      set: (a, v) => (a.format = oneOf(v, ["text", "json", "junit"] as const, "--format")),
    },
    {
      names: ["--fail-on"],
      value: "WHAT",
      help: "breaking (default) | any: which changes exit 1",
      set: (a, v) => (a.failOn = oneOf(v, ["breaking", "any"] as const, "--fail-on")),
    },
  ],
};

const DIFF_TARGET = pick(TARGET_FLAGS, ["--env", "--pass-env", "--env-file", "--header"], "For live sides");

export const diffCommand: Command<DiffArgs> = {
  name: "diff",
  usage:
    'Usage: inspector diff A B [--format text|json|junit] [--fail-on breaking|any]\nA side is a session file, an executable, a "quoted command" or a URL.',
  summary: "what changed between two versions of a server (files, commands or URLs)",
  groups: [DIFF_FLAGS, DIFF_TARGET, COMMON_FLAGS],
  usageExit: 2,
  takesTarget: false,
  empty: () => ({ ...emptyTarget(), sides: [], format: "text", failOn: "breaking", help: false, version: false }),
  operands: (a, words) => void (a.sides = words),
  validate: (a) => {
    if (a.sides.length !== 2)
      throw new UsageError(`diff compares two sides (session files, "quoted commands" or URLs), got ${a.sides.length}: inspector diff A B`);
  },
  run: async (a: DiffArgs, { env, io }: RunContext) => {
    takeServerEnv(a, env, io.err);
    const { runDiff } = await import("./run");
    return runDiff({ a: a.sides[0], b: a.sides[1], format: a.format, failOn: a.failOn, env: a.env, headers: a.headers }, io);
  },
  helpFooter: [
    "Exit codes",
    "  0 nothing fails, 1 a breaking change (any change with --fail-on any), 2 a side cannot be read or reached",
    "",
  ],
};

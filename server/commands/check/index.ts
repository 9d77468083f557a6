import type { Command, CommonArgs } from "../command";
import type { FlagGroup } from "../flag-spec";
import { COMMON_FLAGS } from "../common-flags";
import { oneOf } from "../values";
import { UsageError } from "../usage-error";
import { ANSWER_FLAGS, AUTH_FLAGS, TARGET_FLAGS, emptyAnswers, emptyTarget, placeTarget, targetSources, validateHeadlessAnswers, validateTarget, type AnswerArgs, type AuthArgs, type TargetArgs } from "../shared/target-flags";

export interface CheckArgs extends TargetArgs, AuthArgs, AnswerArgs, CommonArgs {
  format: "text" | "json" | "junit";
  /** Also call tools not annotated readOnlyHint. */
  callTools: boolean;
  advertiseApps: boolean;
}

const CHECK_FLAGS: FlagGroup<CheckArgs> = {
  title: "check",
  flags: [
    { names: ["--format"], value: "F", help: "text (default) | json | junit", set: (a, v) => (a.format = oneOf(v, ["text", "json", "junit"] as const, "--format")) },
    { names: ["--call-tools"], help: "also call tools not annotated readOnlyHint", set: (a) => (a.callTools = true) },
    { names: ["--advertise-apps"], help: "offer the MCP Apps extension (io.modelcontextprotocol/ui)", set: (a) => (a.advertiseApps = true) },
  ],
};

/** `inspector check TARGET`: the server doctor. */
export const checkCommand: Command<CheckArgs> = {
  name: "check",
  usage: "Usage: inspector check TARGET [--format text|json|junit] [--call-tools]\nConnects, lists everything, probes what every server must do, lints the whole conversation.",
  summary: "the server doctor: probes and lint, text, JSON or JUnit",
  groups: [CHECK_FLAGS, TARGET_FLAGS, AUTH_FLAGS, ANSWER_FLAGS, COMMON_FLAGS],
  usageExit: 2,
  takesTarget: true,
  empty: () => ({ ...emptyTarget(), ...emptyAnswers(), format: "text", callTools: false, advertiseApps: false, help: false, version: false }),
  operands: (a, words) => placeTarget(a, words, true),
  validate: (a) => {
    if (!targetSources(a).length) throw new UsageError("check needs a target: a command, --server-url, --config or --demo");
    validateTarget(a);
    validateHeadlessAnswers(a);
  },
  run: async (a, ctx) => (await import("./run")).runCheckCommand(a, ctx),
  helpFooter: ["Exit codes", "  0 clean, 1 problems, 4 could not connect (unreachable, or authorization refused), 2 usage", ""],
};

import type { Command, CommonArgs, RunContext } from "../command";
import type { FlagGroup } from "../flag-spec";
import { COMMON_FLAGS } from "../common-flags";
import { oneOf } from "../values";
import { UsageError } from "../usage-error";
import { ANSWER_FLAGS, AUTH_FLAGS, TARGET_FLAGS, emptyAnswers, emptyTarget, placeTarget, targetSources, validateHeadlessAnswers, validateTarget, type AnswerArgs, type AuthArgs, type TargetArgs } from "../shared/target-flags";
import { headlessSession } from "../shared/headless-session";
import { loginOpener } from "../shared/login-opener";
import { resolveTarget } from "../shared/resolve-target";
import { takeServerEnv } from "../shared/env-flags";
import { hasPerson, progressLine } from "../shared/terminal";
import { runCheck } from "../../harness/check/run-check";
import { formatJson, formatJunit, formatText } from "../../harness/check/format";
import { exitCodeOf } from "../../harness/check/result";

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
  run: runCheckCommand,
  helpFooter: ["Exit codes", "  0 clean, 1 problems, 4 could not connect (unreachable, or authorization refused), 2 usage", ""],
};

async function runCheckCommand(a: CheckArgs, { env, io }: RunContext): Promise<number> {
  takeServerEnv(a, env, io.err);
  const target = resolveTarget(a, env)!;
  const line = progressLine();
  const session = headlessSession(a, target, env, { advertiseApps: a.advertiseApps, interactive: hasPerson(), onLogin: loginOpener(env) });
  const { report } = await runCheck(session, { callTools: a.callTools, progress: line.progress });
  line.done();
  const format = { text: formatText, json: formatJson, junit: formatJunit }[a.format];
  io.out(format(report).replace(/\n$/, ""));
  // The text report already says it on stdout; json and junit readers get it on stderr too.
  if (!report.connected && a.format !== "text") io.err(`inspector: could not connect: ${report.connectError}`);
  return exitCodeOf(report);
}

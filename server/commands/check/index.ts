import type { Command } from "../command";
import { CHECK_FLAGS, type CheckArgs } from "./flags";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";
import { SAVE_SESSION_FLAGS, validateSaveSession } from "../shared/save-session";
import {
  ANSWER_FLAGS,
  AUTH_FLAGS,
  TARGET_FLAGS,
  emptyAnswers,
  emptyTarget,
  placeTarget,
  targetSources,
  validateHeadlessAnswers,
  validateTarget,
} from "../shared/target-flags";

/** `inspector check TARGET`: the server doctor. */
export const checkCommand: Command<CheckArgs> = {
  name: "check",
  usage:
    "Usage: inspector check TARGET [--format text|json|junit] [--call-tools] [--fail-on error|warning] [--save-session FILE]\nConnects, lists everything, probes what every server must do, lints the whole conversation.",
  summary: "the server doctor: probes and lint, text, JSON or JUnit",
  groups: [CHECK_FLAGS, SAVE_SESSION_FLAGS, TARGET_FLAGS, AUTH_FLAGS, ANSWER_FLAGS, COMMON_FLAGS],
  usageExit: 2,
  takesTarget: true,
  empty: () => ({
    ...emptyTarget(),
    ...emptyAnswers(),
    format: "text",
    callTools: false,
    advertiseApps: false,
    failOn: "error",
    yes: false,
    each: false,
    help: false,
    version: false,
  }),
  operands: (a, words) => placeTarget(a, words, true),
  validate: (a) => {
    if (!targetSources(a).length) throw new UsageError("check needs a target: a command, --server-url, --config or --demo");
    validateTarget(a);
    if (a.host !== undefined && !a.config) throw new UsageError("--host names the host of a --config file: give --config FILE");
    if (a.each && !a.config) throw new UsageError("--each checks every server of a host's file: give --config FILE");
    // One report file or format per run; several servers' would need a name each.
    if (a.each && (a.saveSession || a.html || a.format !== "text"))
      throw new UsageError("--each writes text reports only: check one server (--server NAME) for --save-session, --html or --format");
    validateHeadlessAnswers(a);
    validateSaveSession(a);
  },
  run: async (a, ctx) => (await import("./run")).runCheckCommand(a, ctx),
  helpFooter: [
    "Exit codes (a failed connection as --cli's)",
    "  0 clean; 1 an error (a MUST broken, a crash, a JSON-RPC error where a result is due, a broken",
    "  outputSchema, no answer within 10 s; with --fail-on warning a warning too), or the server failed",
    "  the connection (an HTTP error status such as 500); 2 usage;",
    "  3 authorization required; 4 unreachable (not found, exited at start, refused, no answer in time)",
    "",
  ],
};

export type { CheckArgs } from "./flags";

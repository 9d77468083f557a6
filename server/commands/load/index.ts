import type { Command } from "../command";
import { AUTH_FLAGS, ANSWER_FLAGS, TARGET_FLAGS, placeTarget } from "../shared/target-flags";
import { COMMON_FLAGS } from "../common-flags";
import { SAVE_SESSION_FLAGS } from "../shared/save-session";
import { CLI_FLAGS, emptyCliArgs } from "../cli/flags";
import { DEFAULT_TOLERANCE_PCT, LOAD_CHECK_FLAGS, LOAD_FLAGS, LOAD_FORMAT_FLAGS, validateLoad, type LoadArgs } from "./flags";

/**
 * `--cli … --load`: the official CLI's load test of one tool, as a command of its own. Its
 * name is "cli" because it is a mode of --cli there: usage errors point at `--cli --help`.
 */
export const loadCommand: Command<LoadArgs> = {
  name: "cli",
  usage:
    "Usage: inspector --cli TARGET --method tools/call --tool-name N [--tool-arg K=V…] --load [flags]\nCalls the tool repeatedly and concurrently, then prints a latency and error-rate summary (the official CLI's shape).",
  summary: "load-test one tool: latency percentiles, throughput and errors",
  groups: [
    LOAD_FLAGS,
    LOAD_CHECK_FLAGS,
    LOAD_FORMAT_FLAGS,
    SAVE_SESSION_FLAGS,
    CLI_FLAGS,
    TARGET_FLAGS,
    AUTH_FLAGS,
    ANSWER_FLAGS,
    COMMON_FLAGS,
  ],
  usageExit: 1,
  takesTarget: true,
  empty: () => ({ ...emptyCliArgs(), load: false, warmup: 0, tolerancePct: DEFAULT_TOLERANCE_PCT, loadFormat: "text" }),
  operands: (a, words) => placeTarget(a, words, true),
  validate: validateLoad,
  // Loaded when it runs: the engine and the load runner stay out of the other commands' start-up.
  run: async (a, ctx) => (await import("./run")).runLoadCommand(a, ctx),
  helpFooter: [
    "Exit codes",
    "  0 the run finished (tool errors and failed calls are counted in the summary, as the official CLI)",
    "  1 usage error; a --load-max-* limit or --load-baseline exceeded; the connection lost mid-run (the summary still prints)",
    "  1 also: the server failed the connection (an HTTP error status such as 500)",
    "  3 authorization required, 4 unreachable or not started, 5 the tool is not on the server",
    "  With --format json a run that ends without its summary writes the error envelope on stderr",
    "",
  ],
};

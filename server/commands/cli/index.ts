import type { Command } from "../command";
import { AUTH_FLAGS, ANSWER_FLAGS, TARGET_FLAGS, placeTarget } from "../shared/target-flags";
import { COMMON_FLAGS } from "../common-flags";
import { SAVE_SESSION_FLAGS } from "../shared/save-session";
import { withEarlyTarget } from "../shared/early-target";
import { CLI_FLAGS, CLI_OUTPUT_FLAGS, emptyCliArgs, validateCli, type CliArgs } from "./flags";

export const cliCommand: Command<CliArgs> = {
  name: "cli",
  usage:
    "Usage: inspector --cli TARGET --method M [flags]     one call, its result as JSON on stdout\nTARGET is a command (an unknown flag after it is the server's; -- passes the rest), a URL, --server-url URL, --config FILE [--server NAME], --registry FILE or --demo.",
  summary: "one call, its result as JSON on stdout (the official CLI's flags and exit codes)",
  groups: [CLI_FLAGS, CLI_OUTPUT_FLAGS, SAVE_SESSION_FLAGS, TARGET_FLAGS, AUTH_FLAGS, ANSWER_FLAGS, COMMON_FLAGS],
  usageExit: 1,
  takesTarget: true,
  empty: emptyCliArgs,
  operands: (a, words) => placeTarget(a, words, true),
  validate: validateCli,
  // Loaded when it runs: the engine stays out of the other commands' start-up (the page's URL comes
  // sooner). A stdio target starts first, so its start-up overlaps that load.
  run: (a, ctx) => withEarlyTarget(a, ctx.env, !!a.completion, async (early) => (await import("./run")).runCli(a, ctx, early)),
  helpFooter: [
    "Exit codes",
    "  0 ok, 1 usage error or failed call, 2 --app-info on a tool without an App, 3 authorization required, 4 unreachable or not started,",
    "  5 tool error, 6 --strict found an error, 7 --verify found a SEP-2640 violation, 8 --verify stopped at the read bounds,",
    "  9 --verify --require-digests and a skill advertises no digests (as the official CLI)",
    "",
    "Environment",
    "  MCP_ACCESS_TOKEN   a bearer token for an HTTP target (no OAuth flow runs)",
    "  MCP_CLIENT_SECRET  the OAuth client secret (instead of --client-secret)",
    "",
  ],
};

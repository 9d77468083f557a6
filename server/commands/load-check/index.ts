import type { Command } from "../command";
import { pick, type FlagGroup } from "../flag-spec";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";
import { oneOf } from "../values";
import { DEFAULT_TOLERANCE_PCT, LOAD_CHECK_FLAGS } from "../load/flags";
import type { LoadCheckArgs } from "./args";

// --load's own check flags (the same fields, so the same setters), then the output.
const CHECKS = pick(
  LOAD_CHECK_FLAGS,
  ["--load-max-p99", "--load-max-error-rate", "--load-baseline", "--load-tolerance"],
  "Checks (as --load's)",
);
const LOAD_CHECK_GROUP: FlagGroup<LoadCheckArgs> = {
  title: CHECKS.title,
  flags: [
    ...(CHECKS.flags as unknown as FlagGroup<LoadCheckArgs>["flags"]),
    {
      names: ["--format"],
      value: "F",
      help: "text (default) | json | junit",
      set: (a, v) => (a.format = oneOf(v, ["text", "json", "junit"] as const, "--format")),
    },
    { names: ["-q", "--quiet"], help: "text: only the failed checks", set: (a) => (a.quiet = true) },
  ],
};

export const loadCheckCommand: Command<LoadCheckArgs> = {
  name: "load-check",
  usage:
    "Usage: inspector load-check SUMMARY [--load-max-p99 MS] [--load-max-error-rate R] [--load-baseline FILE]\n" +
    "Judges a saved load summary (ours, the official CLI's, Locust's --json) as a --load run judges its own.",
  summary: "judge a saved load summary with --load's checks and exit codes",
  groups: [LOAD_CHECK_GROUP, COMMON_FLAGS],
  usageExit: 1,
  takesTarget: false,
  empty: () => ({ tolerancePct: DEFAULT_TOLERANCE_PCT, format: "text", quiet: false, help: false, version: false }),
  operands: (a, words) => {
    if (words.length > 1) throw new UsageError(`load-check judges one summary, got ${words.length}: inspector load-check SUMMARY`);
    a.summary = words[0];
  },
  validate: (a) => {
    if (!a.summary) throw new UsageError("load-check needs a summary file: inspector load-check SUMMARY [--load-max-p99 MS]");
  },
  run: async (a, { io }) => (await import("./run")).runLoadCheck(a, io),
  helpFooter: ["Exit codes (as --load's)", "  0 every check passed, 1 a check failed, the run lost its connection, or a usage error", ""],
};

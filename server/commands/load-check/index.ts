import type { Command } from "../command";
import type { FlagGroup } from "../flag-spec";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";
import { oneOf } from "../values";
import { DEFAULT_TOLERANCE_PCT, fraction, positiveNumber } from "../load/flags";
import type { LoadCheckArgs } from "./args";

const LOAD_CHECK_FLAGS: FlagGroup<LoadCheckArgs> = {
  title: "Checks (as --load's)",
  flags: [
    {
      names: ["--load-max-p99"],
      value: "MS",
      help: "exit 1 when the p99 latency exceeds MS milliseconds",
      set: (a, v) => (a.maxP99Ms = positiveNumber(v, "--load-max-p99", "a positive number of milliseconds")),
    },
    {
      names: ["--load-max-error-rate"],
      value: "R",
      help: "exit 1 when (toolErrors + errors) / requests exceeds R (0 to 1)",
      set: (a, v) => (a.maxErrorRate = fraction(v, "--load-max-error-rate")),
    },
    {
      names: ["--load-baseline"],
      value: "FILE",
      help: "another saved summary (any of the forms SUMMARY takes): exit 1 when p99 grew or throughput fell beyond the tolerance",
      set: (a, v) => (a.baseline = v),
    },
    {
      names: ["--load-tolerance"],
      value: "PCT",
      help: `how far p99 may grow and throughput fall against --load-baseline, in percent (default ${DEFAULT_TOLERANCE_PCT})`,
      set: (a, v) => (a.tolerancePct = positiveNumber(v, "--load-tolerance", "a positive percentage")),
    },
    {
      names: ["--format"],
      value: "F",
      help: "text (default): each check, then the summary | json: { result, details: { verdicts } } on one line | junit: one case per check",
      set: (a, v) => (a.format = oneOf(v, ["text", "json", "junit"] as const, "--format")),
    },
    { names: ["-q", "--quiet"], help: "text: print only the failed checks", set: (a) => (a.quiet = true) },
  ],
};

export const loadCheckCommand: Command<LoadCheckArgs> = {
  name: "load-check",
  usage:
    "Usage: inspector load-check SUMMARY [--load-max-p99 MS] [--load-max-error-rate R] [--load-baseline FILE]\n" +
    "Judges a saved load summary as a --load run judges its own: ours (--format json, the page's download, an exported\n" +
    "locustfile's $MCP_LOAD_SUMMARY), the official CLI's (--format json or its text output), or Locust's (--json, --json-file).",
  summary: "judge a saved load summary (ours, the official CLI's, Locust's) with --load's checks and exit codes",
  groups: [LOAD_CHECK_FLAGS, COMMON_FLAGS],
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
  helpFooter: [
    "Exit codes (as --load's)",
    "  0 every check passed, 1 a check failed, the run it describes lost its connection, or a usage error (a file that is not a summary)",
    "",
  ],
};

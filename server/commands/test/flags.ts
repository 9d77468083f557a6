import type { CommonArgs } from "../command";
import type { FlagGroup } from "../flag-spec";
import { oneOf } from "../values";
import { UsageError } from "../usage-error";
import { TARGET_FLAGS, type AnswerArgs, type AuthArgs, type TargetArgs } from "../shared/target-flags";
import { protocolEra } from "../values";
import type { SaveSessionArgs } from "../shared/save-session";
import { REGRESSION_FLAGS, type RegressionArgs } from "../replay/regression-flags";

export const TEST_FORMATS = ["text", "junit", "json", "tap"] as const;

export interface TestArgs extends TargetArgs, AuthArgs, AnswerArgs, SaveSessionArgs, CommonArgs, RegressionArgs {
  /** Collection files and folders (the operands before the target). */
  paths: string[];
  format: (typeof TEST_FORMATS)[number];
  grep?: RegExp;
  bail: boolean;
  updateSnapshots: boolean;
  fromSession?: string;
  /** --output FILE: the report goes there, and a failed run's recording beside it. */
  output?: string;
  /** --protocol-era both: each collection runs once per era, reported side by side. */
  eraBoth: boolean;
}

export const TEST_FLAGS: FlagGroup<TestArgs> = {
  title: "test",
  flags: [
    {
      names: ["--format"],
      value: "F",
      help: "text (default) | junit | json | tap",
      set: (a, v) => (a.format = oneOf(v, TEST_FORMATS, "--format")),
    },
    {
      names: ["--output"],
      value: "FILE",
      help: "write the report to FILE instead of stdout; a failed run's recording is written beside it (unless $MCP_RECORDINGS_DIR says where)",
      set: (a, v) => (a.output = v),
    },
    {
      names: ["--grep"],
      value: "PATTERN",
      help: "run only the steps whose name matches this regular expression (the rest are skipped)",
      set: (a, v) => (a.grep = pattern(v)),
    },
    { names: ["--bail"], help: "stop at the first step that fails", set: (a) => (a.bail = true) },
    { names: ["--update-snapshots"], help: "write each snapshot expectation's value anew", set: (a) => (a.updateSnapshots = true) },
    {
      names: ["--from-session"],
      value: "FILE",
      help: "write a collection from a recorded .mcp-session.json (to the file operand, else stdout) instead of running",
      set: (a, v) => (a.fromSession = v),
    },
    ...REGRESSION_FLAGS,
  ],
};

/** The target flags, with --protocol-era taking `both` too. */
export const TEST_TARGET_FLAGS: FlagGroup<TargetArgs & { eraBoth: boolean }> = {
  ...TARGET_FLAGS,
  flags: TARGET_FLAGS.flags.map((f) =>
    f.names.includes("--protocol-era")
      ? {
          ...f,
          help: `${f.help} | both (run every step in each era, side by side)`,
          set: (a: TargetArgs & { eraBoth: boolean }, v: string) => {
            a.eraBoth = v === "both";
            if (a.eraBoth) return;
            if (!["legacy", "auto", "modern"].includes(v))
              throw new UsageError(`--protocol-era must be legacy, auto, modern or both, got "${v}"`);
            a.protocolEra = protocolEra(v);
          },
        }
      : f,
  ),
};

function pattern(v: string): RegExp {
  try {
    return new RegExp(v, "u");
  } catch (e) {
    throw new UsageError(`--grep: not a regular expression: ${(e as Error).message}`);
  }
}

import type { FlagGroup } from "./flag-spec";

/** What a command's run gets besides its arguments. */
export interface RunContext {
  env: NodeJS.ProcessEnv;
  io: Io;
  /** Every flag of every command (for --completion; gathered only when asked). */
  allFlags(): readonly string[];
  /** Words after the target that looked like flags and went to the server (the page says which). */
  passedFlags: readonly string[];
}

/** Where a command writes: out is stdout (results), err is stderr (everything else). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** The inspector's commands: the page (no subcommand), `--cli`, and the subcommands. */
export type CommandName =
  "page" | "cli" | "check" | "replay" | "mock" | "diff" | "mcp" | "agent-help" | "test" | "export" | "load-check" | "tap";

/** The flags every command takes (--help, --version). */
export interface CommonArgs {
  help: boolean;
  version: boolean;
}

/**
 * One command: its flags table, a typed parse and a run. The parser (./parse.ts) walks the
 * command line with the table; what is left (operands, and the target's own words) goes to
 * `operands`; `validate` checks what only the whole line can tell.
 */
export interface Command<A extends CommonArgs> {
  name: CommandName;
  /** How it is invoked, for --help and usage errors. */
  usage: string;
  /** One line for the overview of all commands. */
  summary: string;
  groups: readonly FlagGroup<A>[];
  /** Exit code of a usage error (--cli: 1, as the official CLI; the rest: 2). */
  usageExit: number;
  /**
   * Whether words after the first operand may be the target's: an unknown flag there is the
   * server's (`inspector --cli node server.js --stdio`). Without a target, an unknown flag is an error.
   */
  takesTarget: boolean;
  /**
   * How many operands come before the target's command (tap: none, or --print-config's NAME).
   * Given, the target's command ends the inspector's flags as `--` does: every word after it is
   * the target's, a flag of ours too (issue 90 point 6: a host that drops the `--` gave the tap
   * the server's `--port`). Absent, our flags stay ours wherever they stand (the official CLI's rule).
   */
  operandsBeforeTarget?(a: A): number;
  empty(): A;
  /** The words that are not the inspector's flags, in order; `dashed`: some came after `--`. */
  operands(a: A, words: string[], dashed: boolean): void;
  validate(a: A): void;
  run(a: A, ctx: RunContext): Promise<number>;
  /** Lines after the flags in --help (exit codes, environment). */
  helpFooter?: readonly string[];
}

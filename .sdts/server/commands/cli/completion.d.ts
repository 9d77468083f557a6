import { type COMPLETION_SHELLS } from "./flags";
/**
 * A completion script for `inspector`: the subcommands, every flag, and the values of the flags
 * that take one of a fixed set. Printed by `--completion SHELL`; the flags come from the tables,
 * (every command's, handed over in the run context), so the script cannot fall behind them.
 */
export declare function completionScript(shell: (typeof COMPLETION_SHELLS)[number], allFlags: readonly string[]): string;

import type { FlagGroup, FlagSpec } from "./flag-spec";
import type { Command, CommonArgs } from "./command";
/**
 * The one rule for reading a command line, in every command, as the official MCP Inspector CLI
 * reads it: the inspector's known flags are its own wherever they stand; once the target
 * command has started, an unknown flag is the server's (`inspector --cli node server.js --stdio
 * --method tools/list` gives `--stdio` to the server); `--` ends the inspector's flags, and
 * everything after it is the target's. Before the target an unknown flag is a mistake.
 *
 * Hand-written over the table rather than node:util.parseArgs or commander: parseArgs has no
 * place for "unknown after the target belongs to someone else" nor for `--tool-arg a=1 b=2`,
 * and commander treats every word after an unknown option as unknown, so `--method` after
 * `--stdio` would be lost.
 */
export interface Parsed<A> {
    args: A;
    /** Words given to the target that looked like flags (the launcher says which went to the server). */
    passedFlags: string[];
}
export declare function parseCommand<A extends CommonArgs>(cmd: Command<A>, argv: readonly string[], others?: () => OtherFlags): Parsed<A>;
/** Which commands take a flag, for "--update needs replay" instead of "unknown flag" (built only when a flag is unknown). */
export type OtherFlags = Map<string, string[]>;
export declare function flagTable<A>(groups: readonly FlagGroup<A>[]): Map<string, FlagSpec<A>>;

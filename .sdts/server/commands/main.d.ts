/** The command line: which command a line is, its flags, its run. The backend bundle's entry (dist/inspector.mjs, loaded by bin/inspector.mjs). */
import type { Command, CommonArgs, Io } from "./command";
/** Which command a command line is: a subcommand word first, `--cli` anywhere before `--`, else the page. */
export declare function commandOf(argv: readonly string[]): {
    command: Command<CommonArgs>;
    rest: readonly string[];
};
export declare const allFlags: () => string[];
export declare function helpOf(command: Command<CommonArgs>): string;
/**
 * `npx inspector …`: pick the command, parse its flags with its table, run it. Resolves with
 * the exit code.
 */
export declare function main(argv: string[], env?: NodeJS.ProcessEnv): Promise<number>;
/** The same with the output handed in (tests run commands in-process through it). */
export declare function runCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv, raw: Io): Promise<number>;
/** Parse a whole command line without running it: which command, its typed arguments, what went to the server. */
export declare function parseCommandLine(argv: readonly string[]): {
    name: Command<CommonArgs>["name"];
    args: CommonArgs;
    passedFlags: string[];
};

import type { Command } from "../command";
import { type LoadArgs } from "./flags";
/**
 * `--cli … --load`: the official CLI's load test of one tool, as a command of its own. Its
 * name is "cli" because it is a mode of --cli there: usage errors point at `--cli --help`.
 */
export declare const loadCommand: Command<LoadArgs>;

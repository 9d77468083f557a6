import type { Command } from "../command";
import { type CliArgs } from "./flags";
export declare const cliCommand: Command<CliArgs>;

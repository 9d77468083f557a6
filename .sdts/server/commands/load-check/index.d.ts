import type { Command } from "../command";
import type { LoadCheckArgs } from "./args";
export declare const loadCheckCommand: Command<LoadCheckArgs>;

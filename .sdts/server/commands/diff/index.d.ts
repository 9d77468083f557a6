import type { Command, CommonArgs } from "../command";
import { type TargetArgs } from "../shared/target-flags";
export interface DiffArgs extends TargetArgs, CommonArgs {
    /** The two sides: session files, "quoted commands" or URLs. */
    sides: string[];
    format: "text" | "json" | "junit";
    failOn: "breaking" | "any";
}
export declare const diffCommand: Command<DiffArgs>;

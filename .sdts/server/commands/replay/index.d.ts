import type { Command, CommonArgs } from "../command";
import { type TargetArgs } from "../shared/target-flags";
import { type RegressionArgs } from "./regression-flags";
export interface ReplayArgs extends TargetArgs, CommonArgs, RegressionArgs {
    sessionFile?: string;
    ignore: string[];
    update: boolean;
    /** Run the file's command without asking. */
    yes: boolean;
    format: "text" | "json" | "junit";
    runs: number;
    saveIgnores: boolean;
    freshEnv: string[];
    setup?: string;
    teardown?: string;
}
export declare const replayCommand: Command<ReplayArgs>;

import type { CommonArgs } from "../command";
import type { FlagGroup } from "../flag-spec";
import { type AnswerArgs, type AuthArgs, type TargetArgs } from "../shared/target-flags";
import type { SaveSessionArgs } from "../shared/save-session";
import { type RegressionArgs } from "../replay/regression-flags";
export declare const TEST_FORMATS: readonly ["text", "junit", "json", "tap"];
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
export declare const TEST_FLAGS: FlagGroup<TestArgs>;
/** The target flags, with --protocol-era taking `both` too. */
export declare const TEST_TARGET_FLAGS: FlagGroup<TargetArgs & {
    eraBoth: boolean;
}>;

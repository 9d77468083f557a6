import type { CommonArgs } from "../command";
import type { FlagGroup } from "../flag-spec";
import type { AnswerArgs, AuthArgs, TargetArgs } from "../shared/target-flags";
import type { SaveSessionArgs } from "../shared/save-session";
export interface CheckArgs extends TargetArgs, AuthArgs, AnswerArgs, SaveSessionArgs, CommonArgs {
    format: "text" | "json" | "junit";
    /** Also call tools not annotated readOnlyHint, and get prompts that require arguments (their values guessed). */
    callTools: boolean;
    advertiseApps: boolean;
    /** The least severity that fails the run (exit 1): error (default) or warning. */
    failOn: "error" | "warning";
    /** --host: the host whose rules read --config (else known from the file's place and shape). */
    host?: string;
    /** --yes: start a project file's servers without asking (CI). */
    yes: boolean;
}
export declare const CHECK_FLAGS: FlagGroup<CheckArgs>;

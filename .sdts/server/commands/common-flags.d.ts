import type { FlagGroup } from "./flag-spec";
import type { CommonArgs } from "./command";
/** The flags of every command. */
export declare const COMMON_FLAGS: FlagGroup<CommonArgs>;

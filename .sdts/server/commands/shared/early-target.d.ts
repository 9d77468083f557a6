import { EarlyTarget } from "../../engine/spawn-target";
import { type Env } from "./env-flags";
import type { TargetArgs } from "./target-flags";
/**
 * The command line's stdio target, started before the command's engine has loaded so that the
 * target's own start-up and ours overlap, as the launcher does (issue 49: `--cli` and `inspector
 * test` waited for the engine, the SDK and YAML to load before the target even started). Resolved
 * quietly from a copy of the flags: the command resolves them again and says what is wrong. The
 * engine adopts this process only when its launch is exactly this one, and kills it otherwise;
 * nothing is written to it before then.
 */
export declare function startEarlyTarget(a: TargetArgs, env: Env): Promise<EarlyTarget | undefined>;
/** `run` with the command line's stdio target started first (unless `skip`); one it did not adopt is killed after. */
export declare function withEarlyTarget<T>(a: TargetArgs, env: Env, skip: boolean, run: (early?: EarlyTarget) => Promise<T>): Promise<T>;

import type { Target } from "../../../lib/target/target";
import type { Env } from "./env-flags";
import type { TargetArgs } from "./target-flags";
/**
 * The target the flags name, or undefined when the page's form will choose one. A --config or
 * --registry file's parser (zod's schemas for the config) loads only when a file is named: the
 * launcher starts a target given on the command line before anything heavy has loaded (issue 49).
 */
export declare function resolveTarget(a: TargetArgs, env: Env): Promise<Target | undefined>;

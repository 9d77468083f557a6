import { EarlyTarget, stdioLaunch } from "../../engine/spawn-target";
import { envFromFlags, type Env } from "./env-flags";
import { resolveTarget } from "./resolve-target";
import type { TargetArgs } from "./target-flags";

/**
 * The command line's stdio target, started before the command's engine has loaded so that the
 * target's own start-up and ours overlap, as the launcher does (issue 49: `--cli` and `inspector
 * test` waited for the engine, the SDK and YAML to load before the target even started). Resolved
 * quietly from a copy of the flags: the command resolves them again and says what is wrong. The
 * engine adopts this process only when its launch is exactly this one, and kills it otherwise;
 * nothing is written to it before then.
 */
export async function startEarlyTarget(a: TargetArgs, env: Env): Promise<EarlyTarget | undefined> {
  try {
    const target = await resolveTarget({ ...a, env: envFromFlags(a, env).env }, env);
    return target?.transport === "stdio" ? new EarlyTarget(stdioLaunch(target)) : undefined;
  } catch {
    return undefined; // the command's own resolve reports it
  }
}

/** `run` with the command line's stdio target started first (unless `skip`); one it did not adopt is killed after. */
export async function withEarlyTarget<T>(a: TargetArgs, env: Env, skip: boolean, run: (early?: EarlyTarget) => Promise<T>): Promise<T> {
  const early = skip ? undefined : await startEarlyTarget(a, env);
  try {
    return await run(early);
  } finally {
    early?.discard();
  }
}

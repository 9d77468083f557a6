import type { TargetArgs } from "./target-flags";
export type Env = Record<string, string | undefined>;
/**
 * An --env-file: `KEY=VALUE` lines (an optional `export `; spaces around the `=` and the value
 * trimmed; one pair of matching quotes around the value removed), `#` comment lines and blank
 * lines. No expansion, no escapes: the value is what the line says. An error names the line,
 * never its text (it may hold a secret).
 */
export declare function parseEnvFile(text: string, file: string): Record<string, string>;
/**
 * The stdio server's environment from the flags: the --env-file values, then -e, then
 * --pass-env (the value of the inspector's own variable by that name: in no command line).
 * `missing`: --pass-env names not set in `env`, for the caller to say so. Replay's --pass-env
 * means the same: a value by name, from the inspector's environment.
 */
export declare function envFromFlags(a: Pick<TargetArgs, "env" | "envFiles" | "passEnv">, env: Env): {
    env: Record<string, string>;
    missing: string[];
};
/** Fold --env-file and --pass-env into `a.env` before the target is resolved, saying which --pass-env names were not set. */
export declare function takeServerEnv(a: Pick<TargetArgs, "env" | "envFiles" | "passEnv">, env: Env, warn: (s: string) => void): void;

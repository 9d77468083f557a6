import { readFileSync } from "node:fs";
import { ENV_NAME } from "../values";
import { UsageError, cannotRead } from "../usage-error";
import type { TargetArgs } from "./target-flags";

export type Env = Record<string, string | undefined>;

/**
 * An --env-file: `KEY=VALUE` lines (an optional `export `; spaces around the `=` and the value
 * trimmed; one pair of matching quotes around the value removed), `#` comment lines and blank
 * lines. No expansion, no escapes: the value is what the line says. An error names the line,
 * never its text (it may hold a secret).
 */
export function parseEnvFile(text: string, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith("#")) return;
      const m = /^(?:export\s+)?([^=\s]+)\s*=(.*)$/.exec(line);
      if (!m || !ENV_NAME.test(m[1])) throw new UsageError(`--env-file: ${file} line ${i + 1} is not KEY=VALUE`);
      const value = m[2].trim();
      const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]);
      out[m[1]] = quoted ? value.slice(1, -1) : value;
    });
  return out;
}

function readEnvFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(cannotRead("--env-file", file, e));
  }
}

/**
 * The stdio server's environment from the flags: the --env-file values, then -e, then
 * --pass-env (the value of the inspector's own variable by that name: in no command line).
 * `missing`: --pass-env names not set in `env`, for the caller to say so. Replay's --pass-env
 * means the same: a value by name, from the inspector's environment.
 */
export function envFromFlags(
  a: Pick<TargetArgs, "env" | "envFiles" | "passEnv">,
  env: Env,
): { env: Record<string, string>; missing: string[] } {
  const out: Record<string, string> = {};
  for (const file of a.envFiles) Object.assign(out, parseEnvFile(readEnvFile(file), file));
  Object.assign(out, a.env);
  const missing: string[] = [];
  for (const name of a.passEnv) {
    const value = env[name];
    if (value === undefined) missing.push(name);
    else out[name] = value;
  }
  return { env: out, missing };
}

/** Fold --env-file and --pass-env into `a.env` before the target is resolved, saying which --pass-env names were not set. */
export function takeServerEnv(a: Pick<TargetArgs, "env" | "envFiles" | "passEnv">, env: Env, warn: (s: string) => void): void {
  const picked = envFromFlags(a, env);
  a.env = picked.env;
  for (const name of picked.missing) warn(`inspector: --pass-env ${name}: not set in the inspector's environment, not passed`);
}

import { KEY_VARIABLES } from "../model/spec";

/**
 * Which `${NAME}` a collection may fill from the environment (issue 52 point 1). A collection is
 * a file, and a file may come from anyone: what it fills is sent to the server. So:
 * - the inspector's own secrets are never filled, whoever runs it: the model keys
 *   (ANTHROPIC_API_KEY, OPENAI_API_KEY, MODEL_API_KEY), and every `INSPECTOR_*` and `MCP_*`
 *   variable (the launcher's token, workload tokens, proxy credentials live there);
 * - in `inspector test` (the person's own command line) any other name is filled;
 * - in the page's Collections tab and the agent's run_collection (a file run on someone's behalf)
 *   only the target's own env names (already given to that server) and the names the person
 *   listed at start in INSPECTOR_COLLECTION_ENV.
 */

/** The variable the person lists, at start, the names the page and the agent may fill: `A,B`. */
export const COLLECTION_ENV_VARIABLE = "INSPECTOR_COLLECTION_ENV";

/** What a lookup of `${NAME}` gives: the value, nothing (unset), or why it is refused. */
export type EnvAnswer = { value: string } | { refused: string } | undefined;
/** How `${NAME}` is looked up. */
export type EnvLookup = (name: string) => EnvAnswer;

/** Why the inspector never fills this name, or undefined when it may. */
export function inspectorSecretReason(name: string): string | undefined {
  if ((KEY_VARIABLES as readonly string[]).includes(name)) return "a model key of the inspector is never sent to a server";
  if (/^INSPECTOR_/i.test(name)) return "INSPECTOR_* variables are the inspector's own and are never sent to a server";
  if (/^MCP_/i.test(name)) return "MCP_* variables hold the inspector's own credentials and are never sent to a server";
  return undefined;
}

/** The names listed in INSPECTOR_COLLECTION_ENV (commas or spaces between them). */
export function listedNames(env: Readonly<Record<string, string | undefined>>): string[] {
  return (env[COLLECTION_ENV_VARIABLE] ?? "").split(/[\s,]+/).filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
}

/** The command line's lookup: any variable of its environment but the inspector's own secrets. */
export function commandLineEnv(env: Readonly<Record<string, string | undefined>>): EnvLookup {
  return (name) => {
    const refused = inspectorSecretReason(name);
    if (refused) return { refused };
    const value = env[name];
    return value === undefined ? undefined : { value };
  };
}

/**
 * The page's and the agent's lookup: the target's own env (what the person already gave that
 * server), then the names listed at start, read from `env`; anything else is refused, naming how
 * to allow it.
 */
export function listedEnv(
  env: Readonly<Record<string, string | undefined>>,
  listed: readonly string[],
  targetEnv: Readonly<Record<string, string>> = {},
): EnvLookup {
  const allowed = new Set(listed);
  return (name) => {
    if (Object.hasOwn(targetEnv, name)) return { value: targetEnv[name] };
    const secret = inspectorSecretReason(name);
    if (secret) return { refused: secret };
    if (!allowed.has(name))
      return {
        refused: `not one of the names allowed here: list it at start in ${COLLECTION_ENV_VARIABLE} (e.g. ${COLLECTION_ENV_VARIABLE}=${name})`,
      };
    const value = env[name];
    return value === undefined ? undefined : { value };
  };
}

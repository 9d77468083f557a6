import { KEY_VARIABLES } from "../model/spec";

/**
 * Which `${NAME}` a collection may fill from the environment (issue 52 point 1). A collection is
 * a file, and a file may come from anyone: what it fills is sent to the server. So:
 * - the inspector's own secrets and every known model or provider credential are never filled,
 *   whoever runs it: NEVER_FILLED below (the model keys, every `INSPECTOR_*`, `MCP_*` and
 *   `OTEL_*` variable, the usual provider keys and tokens);
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

/** One rule of the deny-list: exact names, or every name with a prefix, and why. */
export interface NeverFilled {
  /** Exact names (upper case). */
  names?: readonly string[];
  /** Every name starting with this (upper case, compared without regard to case). */
  prefix?: string;
  why: string;
}

const MODEL_KEY = "a model or provider credential is never sent to a server";

/**
 * The one list of names `${NAME}` never fills, in the CLI (`inspector test`), the page's
 * Collections tab and the agent's run_collection alike (issue 62 point 4). docs/collections.md
 * ("What `${NAME}` may fill") lists the same names; test/collections/env-policy.test.ts holds a
 * case per name and checks the doc against this list.
 */
export const NEVER_FILLED: readonly NeverFilled[] = [
  { names: KEY_VARIABLES, why: "a model key of the inspector is never sent to a server" },
  { prefix: "INSPECTOR_", why: "INSPECTOR_* variables are the inspector's own and are never sent to a server" },
  { prefix: "MCP_", why: "MCP_* variables hold the inspector's own credentials and are never sent to a server" },
  {
    prefix: "OTEL_",
    why: "OTEL_* variables configure the inspector's trace export (the collector's key among them) and are never sent to a server",
  },
  { prefix: "ANTHROPIC_", why: MODEL_KEY },
  { prefix: "OPENAI_", why: MODEL_KEY },
  { prefix: "AZURE_OPENAI_", why: MODEL_KEY },
  { prefix: "CLAUDE_CODE_", why: MODEL_KEY },
  { prefix: "AWS_", why: "AWS_* variables are cloud credentials and are never sent to a server" },
  {
    names: [
      "GEMINI_API_KEY",
      "GOOGLE_API_KEY",
      "GOOGLE_GENERATIVE_AI_API_KEY",
      "GOOGLE_APPLICATION_CREDENTIALS",
      "VERTEX_API_KEY",
      "MISTRAL_API_KEY",
      "COHERE_API_KEY",
      "CO_API_KEY",
      "GROQ_API_KEY",
      "TOGETHER_API_KEY",
      "FIREWORKS_API_KEY",
      "DEEPSEEK_API_KEY",
      "XAI_API_KEY",
      "OPENROUTER_API_KEY",
      "PERPLEXITY_API_KEY",
      "REPLICATE_API_TOKEN",
      "HF_TOKEN",
      "HUGGING_FACE_HUB_TOKEN",
      "HUGGINGFACE_API_KEY",
    ],
    why: MODEL_KEY,
  },
  {
    names: ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "GITLAB_TOKEN", "NPM_TOKEN", "NODE_AUTH_TOKEN"],
    why: "a code host or registry token is never sent to a server",
  },
];

/** Why the inspector never fills this name, or undefined when it may. */
export function inspectorSecretReason(name: string): string | undefined {
  const upper = name.toUpperCase();
  for (const rule of NEVER_FILLED) {
    if (rule.names?.includes(upper) || (rule.prefix && upper.startsWith(rule.prefix))) return rule.why;
  }
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

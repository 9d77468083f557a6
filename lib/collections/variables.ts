import type { EnvLookup } from "./env-policy";

/**
 * `${ENV}` (the environment of the run, so secrets stay out of the file) and `{{name}}` (a
 * collection variable or an earlier step's capture) in a step's strings. A string that is only
 * `{{name}}` becomes the value itself, so a captured number stays a number. Which `${ENV}` may
 * be filled is the lookup's decision (./env-policy.ts); a refused name is an error naming it.
 */
export type Scope = Readonly<Record<string, unknown>>;

/** The environment as a plain record (every name may be filled), or a lookup that decides per name. */
export type EnvSource = Readonly<Record<string, string | undefined>> | EnvLookup;

const WHOLE = /^\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/;
const BRACES = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const ENV = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const EITHER = new RegExp(`${ENV.source}|${BRACES.source}`, "g");

const envFirst = (names: readonly string[]) => [...names.filter((n) => n.startsWith("$")), ...names.filter((n) => !n.startsWith("$"))];

/** What could not be filled in: names no variable, capture or environment variable has, and names refused (with why). */
export class MissingValue extends Error {
  constructor(
    readonly names: string[],
    readonly refused: ReadonlyArray<{ name: string; why: string }> = [],
  ) {
    const parts = [
      // The environment's names first, then the captures' (each in the order the file has them).
      ...(names.length ? [`no value for ${[...envFirst(names)].map((n) => (n.startsWith("$") ? n : `{{${n}}}`)).join(", ")}`] : []),
      ...refused.map((r) => `\${${r.name}} refused: ${r.why}`),
    ];
    super(parts.join("; "));
  }
}

/** Where each `${NAME}` filled went: its name and value, for redacting exactly those values later. */
export type Filled = Map<string, string>;

/**
 * The value with every `${ENV}` and `{{name}}` filled in; throws MissingValue naming the ones that
 * are not set or refused. Each environment value used is added to `filled` (name → value).
 */
export function fillIn<T>(value: T, scope: Scope, env: EnvSource, filled?: Filled): T {
  const lookup: EnvLookup = typeof env === "function" ? env : (name) => (env[name] === undefined ? undefined : { value: env[name]! });
  const c: Ctx = { scope, lookup, missing: new Set(), refused: new Map(), filled: filled ?? new Map() };
  const out = walk(value, c);
  if (c.missing.size || c.refused.size)
    throw new MissingValue(
      [...c.missing],
      [...c.refused].map(([name, why]) => ({ name, why })),
    );
  return out as T;
}

interface Ctx {
  scope: Scope;
  lookup: EnvLookup;
  missing: Set<string>;
  refused: Map<string, string>;
  filled: Filled;
}

function walk(v: unknown, c: Ctx): unknown {
  if (typeof v === "string") return fillString(v, c);
  if (Array.isArray(v)) return v.map((x) => walk(x, c));
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, c)]));
  return v;
}

function fillString(s: string, c: Ctx): unknown {
  const whole = WHOLE.exec(s);
  if (whole) {
    if (!Object.hasOwn(c.scope, whole[1])) c.missing.add(whole[1]);
    return c.scope[whole[1]];
  }
  // One pass over both forms: a value filled in is never read again, so an environment value that
  // holds `{{name}}` stays that text (the fuzzer found it filled from the captures).
  return s.replace(EITHER, (_, env: string | undefined, brace: string | undefined) => {
    if (env !== undefined) {
      const got = c.lookup(env);
      if (got && "refused" in got) {
        c.refused.set(env, got.refused);
        return "";
      }
      if (!got) {
        c.missing.add(`\${${env}}`);
        return "";
      }
      c.filled.set(env, got.value);
      return got.value;
    }
    const name = brace!;
    if (!Object.hasOwn(c.scope, name)) c.missing.add(name);
    const v = c.scope[name];
    return typeof v === "string" ? v : JSON.stringify(v ?? null);
  });
}

/** A `${NAME}` reference in a text. */
const NAME_REF = /(\$\{[A-Za-z_][A-Za-z0-9_]*\})/;

/**
 * The text with `replace` applied to all but its `${NAME}` references: a reference is a name,
 * never a value, so redacting a secret that equals a name keeps the name (issue 62).
 */
export function outsideNameRefs(s: string, replace: (part: string) => string): string {
  if (!s.includes("${")) return replace(s);
  return s
    .split(NAME_REF)
    .map((part, i) => (i % 2 ? part : replace(part)))
    .join("");
}

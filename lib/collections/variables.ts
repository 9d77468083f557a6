/**
 * `${ENV}` (the environment of the run, so secrets stay out of the file) and `{{name}}` (a
 * collection variable or an earlier step's capture) in a step's strings. A string that is only
 * `{{name}}` becomes the value itself, so a captured number stays a number.
 */
export type Scope = Readonly<Record<string, unknown>>;

const WHOLE = /^\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/;
const BRACES = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const ENV = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** What could not be filled in: names no variable, capture or environment variable has. */
export class MissingValue extends Error {
  constructor(readonly names: string[]) {
    super(`no value for ${names.map((n) => (n.startsWith("$") ? n : `{{${n}}}`)).join(", ")}`);
  }
}

/** The value with every `${ENV}` and `{{name}}` filled in; throws MissingValue naming the ones that are not set. */
export function fillIn<T>(value: T, scope: Scope, env: Readonly<Record<string, string | undefined>>): T {
  const missing = new Set<string>();
  const out = walk(value, scope, env, missing);
  if (missing.size) throw new MissingValue([...missing]);
  return out as T;
}

function walk(v: unknown, scope: Scope, env: Readonly<Record<string, string | undefined>>, missing: Set<string>): unknown {
  if (typeof v === "string") return fillString(v, scope, env, missing);
  if (Array.isArray(v)) return v.map((x) => walk(x, scope, env, missing));
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, scope, env, missing)]));
  return v;
}

function fillString(s: string, scope: Scope, env: Readonly<Record<string, string | undefined>>, missing: Set<string>): unknown {
  const whole = WHOLE.exec(s);
  if (whole) {
    if (!Object.hasOwn(scope, whole[1])) missing.add(whole[1]);
    return scope[whole[1]];
  }
  return s
    .replace(ENV, (_, name: string) => {
      const v = env[name];
      if (v === undefined) missing.add(`\${${name}}`);
      return v ?? "";
    })
    .replace(BRACES, (_, name: string) => {
      if (!Object.hasOwn(scope, name)) missing.add(name);
      const v = scope[name];
      return typeof v === "string" ? v : JSON.stringify(v ?? null);
    });
}
